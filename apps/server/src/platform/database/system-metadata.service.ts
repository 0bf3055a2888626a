import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SystemMetadataEntity } from './system-metadata.entity.js';

export interface Installation {
  id: string;
  createdAt: string;
}

/** Reads and records facts about this installation. */
@Injectable()
export class SystemMetadataService {
  private cachedInstallation?: Promise<Installation>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The installation's identity, created on the first boot and kept for good. */
  installation(): Promise<Installation> {
    this.cachedInstallation ??= this.loadInstallation();
    this.cachedInstallation.catch(() => (this.cachedInstallation = undefined));
    return this.cachedInstallation;
  }

  private async loadInstallation(): Promise<Installation> {
    const repository = this.dataSource.getRepository(SystemMetadataEntity);
    const candidate: Installation = { id: randomUUID(), createdAt: new Date().toISOString() };
    await repository
      .createQueryBuilder()
      .insert()
      .values({ key: 'installation', value: candidate })
      .orIgnore()
      .execute();
    const row = await repository.findOneByOrFail({ key: 'installation' });
    return row.value as Installation;
  }

  /**
   * A random secret shared by every instance on this database, created on first use
   * (e.g. the key that signs collaboration tickets).
   */
  async secret(key: string): Promise<Buffer> {
    const repository = this.dataSource.getRepository(SystemMetadataEntity);
    await repository
      .createQueryBuilder()
      .insert()
      .values({ key, value: { secret: randomBytes(32).toString('base64') } })
      .orIgnore()
      .execute();
    const row = await repository.findOneByOrFail({ key });
    return Buffer.from((row.value as { secret: string }).secret, 'base64');
  }

  /** Whether the database answers and no migration is pending. */
  async isReady(): Promise<{ database: boolean; migrations: boolean }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      return { database: false, migrations: false };
    }
    const pending = await this.dataSource.showMigrations();
    return { database: true, migrations: !pending };
  }
}
