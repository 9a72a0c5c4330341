/** Lower case, accents and apostrophes removed: how the directory compares words ("Gàidhlig" is "gaidhlig"). */
export function fold(text: string): string {
  let lower = text.toLowerCase();
  if (/[^\u0000-\u007f]/.test(lower)) lower = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return lower.replace(/['’‘]/g, '');
}
