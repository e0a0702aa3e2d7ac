#include "claims/sentences.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace claimcheck::claims {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_newline(char c) { return c == '\n' || c == '\r'; }

class Splitter {
public:
    Splitter(std::string_view bytes, Lexicon const& lexicon, text::Folder const& folder)
        : b_(bytes), lexicon_(lexicon), folder_(folder) {}

    std::vector<ByteSpan> split() {
        std::size_t const n = b_.size();
        std::size_t start = 0;
        for (std::size_t i = 0; i < n;) {
            if (is_newline(b_[i])) {
                close(start, i);
                start = ++i;
                continue;
            }
            std::size_t const length = terminator_at(i);
            if (length == 0 || (b_[i] == '.' && (between_digits(i) || after_abbreviation(i)))) {
                ++i;
                continue;
            }
            std::size_t end = i + length;
            while (std::size_t const more = terminator_at(end)) end += more;  // "...", "?!"
            while (std::size_t const closing = closing_at(end)) end += closing;
            if (may_start_sentence(end)) {
                close(start, end);
                start = end;
            }
            i = end;
        }
        close(start, n);
        return std::move(out_);
    }

private:
    char32_t decode(std::size_t at, std::size_t* next = nullptr) const {
        auto const* s = reinterpret_cast<std::uint8_t const*>(b_.data());
        auto const length = static_cast<std::int32_t>(b_.size());
        auto i = static_cast<std::int32_t>(at);
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (next) *next = static_cast<std::size_t>(i);
        return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
    }

    // Bytes of the terminator at `i` ('.', '!', '?', '…'), 0 when there is none.
    std::size_t terminator_at(std::size_t i) const {
        if (i >= b_.size()) return 0;
        char const c = b_[i];
        if (c == '.' || c == '!' || c == '?') return 1;
        return b_.substr(i, 3) == "\u2026" ? 3 : 0;
    }

    // Closing quotes and brackets after a terminator belong to its sentence. A straight quote
    // closes only when no word follows it at once (`."Je tiens` opens the next sentence).
    std::size_t closing_at(std::size_t i) const {
        if (i >= b_.size()) return 0;
        if (b_[i] == ')' || b_[i] == ']') return 1;
        if (b_[i] == '"') {
            if (i + 1 == b_.size()) return 1;
            std::size_t next = 0;
            return is_word_char(decode(i + 1, &next)) ? 0 : 1;
        }
        for (std::string_view mark : {"\u00BB", "\u201D"})
            if (b_.substr(i, mark.size()) == mark) return mark.size();
        return 0;
    }

    bool between_digits(std::size_t i) const {
        return i > 0 && i + 1 < b_.size() && is_digit(b_[i - 1]) && is_digit(b_[i + 1]);
    }

    // "M. Poutine", "Mme. X": the word before the full stop is one letter or a listed abbreviation.
    bool after_abbreviation(std::size_t i) const {
        std::size_t w = i;
        std::size_t letters = 0;
        auto const* s = reinterpret_cast<std::uint8_t const*>(b_.data());
        while (w > 0 && letters < 8) {
            auto j = static_cast<std::int32_t>(w);
            UChar32 c = 0;
            U8_PREV(s, 0, j, c);
            if (c < 0 || !is_letter(static_cast<char32_t>(c))) break;
            w = static_cast<std::size_t>(j);
            ++letters;
        }
        if (letters == 0 || letters == 8) return false;
        if (w > 0) {  // "2M." is no initial
            auto j = static_cast<std::int32_t>(w);
            UChar32 c = 0;
            U8_PREV(s, 0, j, c);
            if (c >= 0 && is_word_char(static_cast<char32_t>(c))) return false;
        }
        if (letters == 1) return true;
        auto const word = folder_.fold_phrase(b_.substr(w, i - w));
        return lexicon_.claim_cues.abbreviations.contains(word);
    }

    bool may_start_sentence(std::size_t i) const {
        for (;;) {
            if (i >= b_.size()) return true;
            if (b_[i] == ' ' || b_[i] == '\t') ++i;
            else if (b_.substr(i, 2) == "\u00A0") i += 2;
            else if (b_.substr(i, 3) == "\u202F") i += 3;
            else break;
        }
        if (is_newline(b_[i]) || is_digit(b_[i])) return true;
        char32_t const c = decode(i);
        if (is_letter(c)) return u_isupper(static_cast<UChar32>(c));
        return c == U'"' || c == U'«' || c == U'“' || c == U'-' || c == U'–' || c == U'—' || c == U'(';
    }

    void close(std::size_t begin, std::size_t end) {
        auto const space = [&](std::size_t i) { return b_[i] == ' ' || b_[i] == '\t' || is_newline(b_[i]); };
        while (begin < end && space(begin)) ++begin;
        while (end > begin && space(end - 1)) --end;
        if (begin < end) out_.push_back({begin, end});
    }

    std::string_view b_;
    Lexicon const& lexicon_;
    text::Folder const& folder_;
    std::vector<ByteSpan> out_;
};

}  // namespace

std::vector<ByteSpan> split_sentences(std::string_view bytes, Lexicon const& lexicon, text::Folder const& folder) {
    return Splitter(bytes, lexicon, folder).split();
}

ByteSpan sentence_at(std::vector<ByteSpan> const& sentences, ByteSpan figure) {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), figure.start,
                               [](std::size_t pos, ByteSpan const& s) { return pos < s.start; });
    if (it == sentences.begin() || figure.start >= (it - 1)->end) return figure;
    ByteSpan s = *(it - 1);
    s.end = std::max(s.end, figure.end);  // a figure never straddles two sentences
    return s;
}

}  // namespace claimcheck::claims
