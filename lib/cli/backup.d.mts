export function backup(url: string, file: string): Promise<string>;
export function restore(file: string, url: string): Promise<void>;
