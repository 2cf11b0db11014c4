"""Text wrapping and filling: TextWrapper, wrap, fill, shorten, dedent,
indent. Line breaking follows CPython's rules exactly (same chunking, same
treatment of long words, hyphens and max_lines)."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WS = '\t\n\x0b\x0c\r '


def _build_chunk_patterns():
    ws = '[%s]' % re.escape(_WS)
    not_ws = '[^' + ws[1:]
    word_punct = r'[\w!"\'&.,?]'
    letter = r'[^\d\W]'
    # A chunk is a run of whitespace, an em-dash ("--") between words, or a
    # word, which may end after a hyphen when letters surround it.
    hyphen_end = (r'-(?:(?<=%s{2}-)|(?<=%s-%s-))(?=%s-?%s)'
                  % (letter, letter, letter, letter, letter))
    word = (r'%s+?(?:%s|(?=%s|\Z)|(?<=%s)(?=-{2,}\w))'
            % (not_ws, hyphen_end, ws, word_punct))
    dash = r'(?<=%s)-{2,}(?=\w)' % word_punct
    hyphenated = re.compile('(%s+|%s|%s)' % (ws, dash, word))
    simple = re.compile('(%s+)' % ws)
    return hyphenated, simple


class TextWrapper:
    """Wraps paragraphs of text to a width; see the module functions."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _WS), ord(' '))
    wordsep_re, wordsep_simple_re = _build_chunk_patterns()
    sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        pattern = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return [piece for piece in pattern.split(text) if piece]

    def _fix_sentence_endings(self, chunks):
        # "end.  Next": a single space after a sentence end becomes two.
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self.sentence_end_re.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # The next chunk fits on no line at all.
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(chunk) > room:
                # Prefer to cut just after a hyphen that has text before it.
                h = chunk.rfind('-', 0, room)
                if h > 0 and chunk[:h].strip('-'):
                    cut = h + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        stack = chunks
        stack.reverse()
        while stack:
            prefix = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(prefix)
            line = []
            used = 0
            if self.drop_whitespace and lines and stack[-1].strip() == '':
                stack.pop()
            while stack and used + len(stack[-1]) <= width:
                piece = stack.pop()
                line.append(piece)
                used += len(piece)
            if stack and len(stack[-1]) > width:
                self._handle_long_word(stack, line, used, width)
                used = sum(len(p) for p in line)
            if self.drop_whitespace and line and line[-1].strip() == '':
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            fits = (self.max_lines is None
                    or len(lines) + 1 < self.max_lines
                    or ((not stack
                         or (self.drop_whitespace and len(stack) == 1
                             and not stack[0].strip()))
                        and used <= width))
            if fits:
                lines.append(prefix + ''.join(line))
                continue
            # Out of lines: end with the placeholder where it fits.
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(prefix + ''.join(line))
                    break
                used -= len(line[-1])
                line.pop()
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(prefix + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of text wrapped to self.width, without newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """text wrapped and joined into one string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph and join the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to width, ending with the
    placeholder when something was cut."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


_blank_line_re = re.compile('^[ \t]+$', re.MULTILINE)
_line_margin_re = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def dedent(text):
    """Remove the leading whitespace that all non-blank lines share;
    lines of only spaces and tabs become empty."""
    text = _blank_line_re.sub('', text)
    margin = None
    for lead in _line_margin_re.findall(text):
        if margin is None or margin.startswith(lead):
            margin = lead
        elif lead.startswith(margin):
            pass
        else:
            common = 0
            for a, b in zip(margin, lead):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        text = re.sub(r'(?m)^' + margin, '', text)
    return text


def indent(text, prefix, predicate=None):
    """Put prefix before the lines of text for which predicate(line) is
    true (by default, the lines that are not only whitespace)."""
    if predicate is None:
        predicate = str.strip
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
