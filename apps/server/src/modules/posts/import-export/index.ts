export { PostFilesModule } from './post-files.module.js';
export { PostExportService } from './post-export.service.js';
export { PostImportService, type PostImportReport } from './post-import.service.js';
