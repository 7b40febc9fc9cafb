import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where `npm run build` writes the extension (chrome-mv3/, firefox-mv2/); RECEIPTS_OUT_DIR moves it. */
export const BUILD_DIR = join(REPO_ROOT, process.env.RECEIPTS_OUT_DIR ?? '.output');
