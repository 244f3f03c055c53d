import pino from 'pino';
import { buildApp, loggerOptions } from './app.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemoData } from './modules/demo/demo.service.ts';
import { seedGazetteer } from './modules/registry/gazetteer/gazetteer.service.ts';
import { startHousekeeping } from './modules/housekeeping/housekeeping.ts';
import { smtpSender, startMailWorker } from './modules/mail/mail.worker.ts';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Köprü cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** Starts Köprü: database, migrations, demo data, HTTP server, workers; stops them on a signal. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = readConfig();
  const log = pino(loggerOptions(config) as pino.LoggerOptions);
  const database = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
  );
  const applied = await migrateToLatest(database.db);
  if (applied.length) log.info({ applied }, 'migrations applied');
  await seedGazetteer(database.db, log);
  if (config.demo) await seedDemoData({ db: database.db, config, dbKind: database.kind }, log);

  const app = await buildApp(config, database);
  const mailWorker = config.smtpUrl
    ? startMailWorker(database.db, smtpSender(config.smtpUrl, config.mailFrom), log)
    : undefined;
  const housekeeping = startHousekeeping({ db: database.db, config }, log);
  await app.listen({ port: config.port, host: config.host });
  log.info(
    {
      url: config.publicUrl.href,
      database: database.kind,
      mail: config.smtpUrl ? 'smtp' : 'outbox only',
      ms: Date.now() - started,
    },
    'Köprü is ready',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await app.close();
    await mailWorker?.stop();
    housekeeping.stop();
    await database.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Köprü failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
