/** A named problem in the story data: which file, which item in it, and what is wrong. */
export interface StoryError {
  file: string;
  item: string;
  message: string;
}

export function formatError(e: StoryError): string {
  return `${e.file} › ${e.item}: ${e.message}`;
}
