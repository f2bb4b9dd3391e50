// What to tell the user to do about a failed request, by what failed.
import { ApiError } from '../api.js';

export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function adviceFor(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Reload the page and try again.';
  if (error.status === 404) return 'It may have gone since the data was reloaded: search for it again.';
  if (error.status === 0) return 'Check that the server is running (npm start), then try again.';
  if (error.status >= 500) return 'The server had a problem; try again in a moment.';
  return 'Try again, or search for another entity.';
}
