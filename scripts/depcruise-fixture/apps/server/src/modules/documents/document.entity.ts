export const documentTable = 'documents';
