/**
 * A proposal waiting for an editor: what it was found by, and the decision on it. The words are the
 * capability's own (decision 014), handed in already said; only the markup is shared.
 */

/** Which language a word found in a text is written in, by its script: Cyrillic is Russian here. */
export const scriptLang = (text: string): 'ru' | 'en' => (/\p{Script=Cyrillic}/u.test(text) ? 'ru' : 'en');

/** What is said of one piece of evidence, and the words of the text it rests on, each in its own language. */
export type WordsFound = Readonly<{
  said: string;
  words: ReadonlyArray<Readonly<{ text: string; lang: string }>>;
  /** Words copied from the text are quoted; names of records are not. */
  quoted: boolean;
}>;

/** "said: «word», «word»": each word marked with its language, so a screen reader says it rightly. */
export function Found({ found }: { found: WordsFound }): JSX.Element {
  const { said, words, quoted } = found;
  return (
    <>
      <span safe>{said}</span>
      {said && words.length > 0 ? ': ' : ''}
      {words.map((w, i) => (
        <>
          {i > 0 ? ', ' : ''}
          {quoted ? (
            <q lang={w.lang} safe>
              {w.text}
            </q>
          ) : (
            <span lang={w.lang} safe>
              {w.text}
            </span>
          )}
        </>
      ))}
    </>
  );
}

/**
 * Confirm or dismiss a proposal: one form, each decision a button of its own posting `decision`, so it works
 * without JavaScript. `dismiss` is left out where only confirming makes sense (confirm all).
 */
export function ProposalDecision({
  action,
  csrf,
  fields = {},
  confirm,
  dismiss,
  formClass = 'office-actions',
}: {
  /** The address posted to, already in the reader's language. */
  action: string;
  csrf: string;
  fields?: Readonly<Record<string, string>>;
  confirm: string;
  dismiss?: Readonly<{ label: string; value: string }>;
  formClass?: string;
}): JSX.Element {
  return (
    <form method="post" action={action} class={formClass}>
      <input type="hidden" name="_csrf" value={csrf} />
      {Object.entries(fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" name="decision" value="confirm" class="button" safe>
        {confirm}
      </button>
      {dismiss ? (
        <>
          {' '}
          <button type="submit" name="decision" value={dismiss.value} class="button secondary" safe>
            {dismiss.label}
          </button>
        </>
      ) : (
        ''
      )}
    </form>
  );
}
