//! Words as each language has them, for the termbase and spelling rules: ICU4X's word
//! segmenter (Unicode word boundaries, with dictionaries for Chinese and Japanese and models for
//! Thai, Lao, Khmer and Burmese), so that "a term standing alone" means the same in a language
//! written without spaces as in one written with them.

use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::{WordSegmenter, WordSegmenterBorrowed};
use std::ops::Range;
use std::sync::LazyLock;

/// Built once: the compiled data is static, the borrowed segmenter only points into it.
static SEGMENTER: LazyLock<WordSegmenterBorrowed<'static>> =
    LazyLock::new(|| WordSegmenter::new_auto(WordBreakInvariantOptions::default()));

/// The word boundaries of a text, asked for only once a candidate match needs them:
/// segmenting costs far more than the substring search that finds candidates.
pub struct Boundaries<'a> {
    text: &'a str,
    offsets: Option<Vec<usize>>,
}

impl<'a> Boundaries<'a> {
    /// The boundaries of `text`, not yet computed.
    pub fn of(text: &'a str) -> Self {
        Boundaries {
            text,
            offsets: None,
        }
    }

    /// Whether `range` of the text starts and ends where words start or end: `account` in
    /// "user account" does, in "accounting" it does not; アカウント in a Japanese sentence
    /// does when the segmenter reads it as a word of its own. An apostrophe is a boundary too
    /// (Unicode keeps `l'account` and `account's` one word each): an elided article or a
    /// possessive is not part of the term.
    pub fn is_whole_word(&mut self, range: &Range<usize>) -> bool {
        let text = self.text;
        let offsets = self
            .offsets
            .get_or_insert_with(|| SEGMENTER.segment_str(text).collect());
        let boundary =
            |at: usize| offsets.binary_search(&at).is_ok() || beside_apostrophe(text, at);
        boundary(range.start) && boundary(range.end)
    }
}

/// Whether byte `at` of `text` is right after or right before an apostrophe.
fn beside_apostrophe(text: &str, at: usize) -> bool {
    const APOSTROPHES: [char; 2] = ['\'', '\u{2019}'];
    text.get(..at)
        .is_some_and(|before| before.ends_with(APOSTROPHES))
        || text
            .get(at..)
            .is_some_and(|after| after.starts_with(APOSTROPHES))
}

/// The segments of `text` made of letters (ideographs and kana included; numbers, spaces and
/// punctuation left out), with their byte ranges.
pub fn letter_words(text: &str) -> Vec<(Range<usize>, &str)> {
    let mut words = Vec::new();
    let mut start = 0;
    for (end, kind) in SEGMENTER.segment_str(text).iter_with_word_type() {
        if kind == icu_segmenter::options::WordType::Letter && end > start {
            words.push((start..end, &text[start..end]));
        }
        start = end;
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_in_spaced_scripts() {
        let text = "the user account and accounting";
        let mut bounds = Boundaries::of(text);
        let at = |word: &str| {
            let start = text.find(word).expect("in text");
            start..start + word.len()
        };
        assert!(bounds.is_whole_word(&at("account ")));
        assert!(bounds.is_whole_word(&at("user account")));
        assert!(bounds.is_whole_word(&at("accounting")));
        let inside = text.rfind("account").expect("in text");
        assert!(!bounds.is_whole_word(&(inside..inside + "account".len())));
        let elided = "Chiudere l'account dell\u{2019}utente";
        let mut bounds = Boundaries::of(elided);
        let at = elided.find("account").expect("in text");
        assert!(bounds.is_whole_word(&(at..at + "account".len())));
        let at = elided.find("utente").expect("in text");
        assert!(bounds.is_whole_word(&(at..at + "utente".len())));
    }

    /// The whole-word test on `text` for the first occurrence of `term` after byte `from`.
    fn standing(text: &str, term: &str, from: usize) -> bool {
        let at = from + text[from..].find(term).expect("in text");
        Boundaries::of(text).is_whole_word(&(at..at + term.len()))
    }

    #[test]
    fn japanese_and_chinese_terms_inside_a_longer_word_are_not_whole_words() {
        // Katakana runs are one word: "account" inside "user account" is another word.
        assert!(standing("アカウントを閉じる", "アカウント", 0));
        assert!(!standing(
            "ユーザーアカウントを削除します。",
            "アカウント",
            0
        ));
        assert!(standing(
            "Microsoft アカウントを削除します。",
            "アカウント",
            0
        ));
        // The Chinese dictionary reads 共和国 (republic) as one word.
        assert!(!standing("中华人民共和国", "共和", 0));
        assert!(standing("删除用户帐户。", "帐户", 0));
        assert!(standing("关闭帐户", "帐户", 0));
    }

    #[test]
    fn letter_words_leave_out_numbers_and_punctuation() {
        let words: Vec<&str> = letter_words("Apri l'app, poi 365 volte: Dell'account.")
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(words, ["Apri", "l'app", "poi", "volte", "Dell'account"]);
    }
}
