import fs from 'node:fs';
import path from 'node:path';

export function dataDir(): string {
  return path.resolve(process.env.FIELDLINE_DATA_DIR ?? '.data');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else: still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite takes no lock of its own, and two processes writing one folder silently lose
 * writes, so the first process takes this lock and every other one fails at once.
 */
export function lockDataDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, 'fieldline.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      process.once('exit', () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (holder === process.pid) return;
      if (Number.isInteger(holder) && isAlive(holder)) {
        throw new Error(
          `The embedded database in ${dir} is in use by another process (pid ${holder}). ` +
            'Stop that process, or set FIELDLINE_DATA_DIR to another folder.',
        );
      }
      fs.unlinkSync(lockPath);
    }
  }
  throw new Error(`Could not lock the embedded database folder ${dir}.`);
}
