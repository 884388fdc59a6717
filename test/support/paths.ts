import * as path from 'path';
import { PROJECT_ROOT, sharedDir } from '../../scripts/lib/paths';

export { PROJECT_ROOT };

/** The shared folder (domain spec, schemas) that sits beside the checkout. */
export const SHARED_DIR = sharedDir();

/** Where tests leave screenshots and other artifacts for people to look at. */
export const ARTIFACT_DIR = path.join(PROJECT_ROOT, 'test-artifacts');
