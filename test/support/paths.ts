import * as path from 'path';
import { PROJECT_ROOT } from '../../scripts/lib/paths';

export { PROJECT_ROOT };

/** Where tests leave screenshots and other artifacts for people to look at. */
export const ARTIFACT_DIR = path.join(PROJECT_ROOT, 'test-artifacts');
