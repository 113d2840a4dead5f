/**
 * The one place compromise is loaded. Rules get it through their context
 * (ctx.nlp) and should only call it on candidate sentences: it is far slower
 * than the regular expressions that pick the candidates.
 */
import nlp from 'compromise';

export type NlpView = ReturnType<typeof nlp>;

export function parse(text: string): NlpView {
  return nlp(text);
}
