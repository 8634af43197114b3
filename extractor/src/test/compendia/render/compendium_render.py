#!/usr/bin/env python3
"""Render a test compendium described as data (YAML or JSON) into a Word .docx file.

usage: compendium_render.py SPEC.yaml OUT.docx

The spec describes the document, not the extraction: a cover, a preface, optional front
matter (contents, acknowledgements), then the practices, each with its heading paragraph(s),
its meta label lines ("Author: ...") and its rows of label/content. How these are laid out
(a two-column table, bold label paragraphs, a one-column table (one cell, one row per section, or
label rows alternating with content rows), run-in "Label: content" paragraphs; meta lines above
the body, as the first table rows or as a grid of their own; the heading above the body or, in
a table, as its first row merged across the columns; page breaks, page numbers, running header,
fonts, bullets, two text columns) is chosen by the spec's `layout` block and may be overridden
per practice. See ../README.md for the format.

Inline markup inside any text (all Unicode is kept as is):
  **bold**  __italic__  [link text](https://url)  [name](mailto:a@b.org)
  [^footnote text]      a Word footnote; its reference mark goes where the marker stands
  {br} a line break inside the paragraph, {tab} a tab, {U+00A0} any code point (here a no-break
  space), {nbsp} {thinsp} {nnbsp} {ndash} {mdash} {shy} shorthands; \\* \\_ \\[ \\] \\{ escape.
Line prefixes inside a content block (one line = one paragraph):
  "* text"     Word automatic bullet (the bullet exists only in numbering.xml)
  "#. text"    Word automatic numbering 1., 2., ...   "#) text" 1), 2), ...
               (two leading spaces per extra list level; a non-list line ends the list)
  "@Style Name| text"   the paragraph in that Word paragraph style (e.g. "@Heading 4| Sub-title")
  anything else is literal text: typed "- " or "• " bullets and typed "1." numbers stay as text.
An empty line is an empty paragraph.
"""
import copy
import datetime
import json
import os
import re
import sys

import docx
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for layout extensions)
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.section import Section
from docx.shared import Cm, Pt, RGBColor

# --------------------------------------------------------------------------------------------
# defaults: every layout option, with the value used when the spec does not give it
# --------------------------------------------------------------------------------------------
DEFAULT_LAYOUT = {
    'page': {'size': 'A4', 'margins_cm': [2.5, 2.5, 2.5, 2.5]},   # top, right, bottom, left
    'font': {'name': 'Calibri', 'size': 11, 'east_asia': None},
    'language': None,                         # e.g. "en-GB", "es-ES": w:lang of the Normal style
    'body': 'table',                          # table | boldlabels | onecolumn | runin
    'columns': {'count': 1,                   # text columns of the body (the labels and their content): 2 sets
                                              # them newspaper style, heading and meta lines staying one column
                                              # (continuous section breaks, w:cols w:num="2"); also `columns: 2`
                'space_cm': 1.0, 'line': False},   # gap between the columns; a vertical line between them
    'page_numbers': '{PAGE}',                 # footer text, {PAGE} and {NUMPAGES} are fields; null: none
    'page_number_align': 'center',
    'running_header': None,                   # text of a header on every page
    'practice_header': None,                  # a header of each practice's own: every practice that starts on a
                                              # new page opens a Word section ("next page" break) whose header,
                                              # not linked to the previous one, holds this text; {number} and
                                              # {key} of any key of the practice (e.g. region_title, short_title)
                                              # are filled in; a practice's `running_header` gives its text whole
    'cover': {'page_break_after': True},
    'practice_break': 'page',                 # page | none : what comes before each practice heading
    'page_break_style': 'run',                # run (a paragraph with a page break) | property (pageBreakBefore)
    'blank_lines_between_practices': 1,       # empty paragraphs before a heading when there is no page break
    'heading_in_table': False,                # body table: the heading is the table's first row, one cell
                                              # merged across all columns (heading.* formats it, heading.shading
                                              # fills it); no heading paragraph outside the table
    'heading': {'style': None, 'bold': True, 'size': 14, 'color': '1F3A93', 'align': 'left',
                'italic': False, 'font': None, 'blank_after': 1,
                'banner': False,                     # true: the heading is the text of a one-cell table of its
                                                     # own above the meta lines and body (a "banner"), filled with
                                                     # heading.shading; a page break before it is a paragraph
                                                     # holding a page break, whatever page_break_style
                'shading': None,                     # fill of the heading cell (heading_in_table only)
                'numbering': None},                  # Word automatic numbering of the heading: {text: "GOOD
                                                     # PRACTICE %1 – ", format: decimal, suffix: nothing|space|tab}
    'meta': {'placement': 'above',            # above (label lines) | table (first rows of the body table)
                                              # | grid (a two-column table of its own above the body)
             'label_bold': True, 'blank_after': 1, 'value_bold': False,
             'one_paragraph': False,          # every meta line in one paragraph, joined by `join`
             'join': ' | ',                   # markup between meta items of one paragraph ("{br}": a line break)
             'list': None,                    # 'bullet': each meta label line (placement above) an item of a
                                              # Word bulleted list (automatic bullets of layout.bullets, style
                                              # "List Paragraph"), one list per practice; None: plain paragraphs
                                              # (a meta item [label, [v1, v2, ...]] whose value is a LIST: the
                                              # label alone on its line, then each value an item of a Word
                                              # bulleted list below it; placement above/box only)
             'grid_style': None, 'grid_widths_cm': [5.0, 11.0],
             # placement grid4: a four-column table (label | value | label | value), two items a row;
             # an item left alone in its row has its value cell merged across the last three columns
             'grid4_widths_cm': [2.8, 5.2, 2.6, 5.4],
             # placement 'box': the meta label lines, one paragraph each, inside a one-cell table of their
             # own above the body (style grid_style or Table Grid, as wide as the body table), filled
             # with box_shading; blank_after empty paragraphs after the box (at least 1)
             'box_shading': None,
             # after_body: true (body boldlabels, or body table: after the table, en-heldout20): the meta
             # block is printed AFTER the sections, at the end of the practice (one blank paragraph before
             # it); grid_caption: with placement grid, a first row of one cell merged across both columns
             # holding this text (bold), e.g. "Key facts"
             'after_body': False, 'grid_caption': None},
    'table': {'style': 'Table Grid', 'widths_cm': [5.0, 11.0], 'header': None, 'header_bold': True,
              'header_shading': None, 'label_bold': True, 'label_shading': None,
              'instruction_italic': True, 'instruction_size': 9, 'align': 'left',
              'one_table_per_practice': True, 'cant_split_rows': False, 'repeat_header': False,
              'label_caps': False,                 # Word ALL CAPS (w:caps) on the label runs: the docx text keeps
                                                   # the case typed, the PDF shows capitals; a row's label_caps wins
              'label_smallcaps': False,            # Word SMALL CAPS (w:smallCaps) on the label runs (en-heldout12)
              'label_align': None,                 # alignment of the label paragraph: left | right | center
              'columns': ['label', 'content'],     # column order; 'guidance' adds a column of the row's guidance text
              'meta_merge': True},                 # meta rows of a table with a guidance column: guidance+content merged
                                                   # (a row's `more_content: [block, ...]`: further content rows
                                                   # below it whose label cell is merged with the row's, w:vMerge)
    'labels': {'style': None, 'bold': True, 'size': None, 'color': None, 'italic': False,
               'underline': False, 'instruction_inline': True, 'blank_after_content': 0,
               'keep_with_next': True,
               'runin_separator': ' ',             # runin: text between the bold label and its content
               'runin_separator_alone': None,      # runin: text after a label standing alone on its line
                                                   # (content starting with a list, or empty), e.g. "\u00a0:";
                                                   # null: nothing
               'numbering': None},                 # Word automatic numbering of the labels: {text: "%1.%2"}
                                                   # (level 2 of the heading numbering when there is one)
    'onecolumn': {'style': 'Table Grid', 'width_cm': 16.0, 'rows': 'single',  # single | per_row | alternating
                  'shading': None, 'meta_inside': False, 'blank_between_sections': 1,
                  'label_shading': None,      # alternating: fill of the label rows
                  'label_keep_with_next': True,    # alternating: a label row kept with its content row
                  'runin': False},            # per_row/single: the label run in, "**Label:** content" in the
                                              # cell's first paragraph (labels.runin_separator between them); a
                                              # section whose content starts with a list keeps its label alone
    'bullets': {'char': '\u2022', 'font': None, 'indent_cm': 0.63, 'hanging_cm': 0.63,
                'level2_char': 'o', 'level2_font': 'Courier New'},
    'numbering': {'indent_cm': 0.63, 'hanging_cm': 0.63},
    'hyperlink': {'color': '0563C1', 'underline': True, 'style': 'Hyperlink'},
    'footnotes': {'size': 9,
                  'endnotes': False,                 # true: every [^note] is a Word ENDNOTE (endnotes.xml,
                                                     # printed after the last page of text), not a footnote
                  'endnote_format': 'lowerRoman'},   # w:numFmt of the endnote marks (i, ii, ...; decimal)
    'content_table': {'style': 'Table Grid', 'widths_cm': None, 'size': None, 'space_after_pt': 0,
                      'blank_after': 0},      # tables written in content blocks as "|a|b|" lines
    # (a content line given as a dict {text, bold, italic, size, color, style} takes its own size in pt and
    #  colour, e.g. a small italic picture caption; without size/color a dict line is rendered as before)
    'paragraph': {'space_after_pt': 4, 'line_spacing': None},
}


def merged(base, over):
    """Deep merge of dicts: values of `over` win; None in `over` is a value too."""
    if not isinstance(base, dict) or not isinstance(over, dict):
        return copy.deepcopy(over)
    out = copy.deepcopy(base)
    for k, v in over.items():
        out[k] = merged(base[k], v) if (k in base and isinstance(base[k], dict) and isinstance(v, dict)) else copy.deepcopy(v)
    return out


# --------------------------------------------------------------------------------------------
# inline markup
# --------------------------------------------------------------------------------------------
SHORTHANDS = {'nbsp': '\u00a0', 'thinsp': '\u2009', 'nnbsp': '\u202f', 'ndash': '\u2013',
              'mdash': '\u2014', 'shy': '\u00ad', 'figsp': '\u2007', 'hairsp': '\u200a',
              'emsp': '\u2003', 'ensp': '\u2002', 'nbhy': '\u2011', 'lsquo': '\u2018',
              'rsquo': '\u2019', 'ldquo': '\u201c', 'rdquo': '\u201d'}


def parse_inline(s, allow_footnotes=True):
    """Parse inline markup into segments:
    ('text', str, {'bold':..,'italic':..}) ('link', url, [segments]) ('fn', [segments])
    ('br',) ('tab',)."""
    segs = []
    state = {'bold': False, 'italic': False}
    buf = []

    def flush():
        if buf:
            segs.append(('text', ''.join(buf), dict(state)))
            buf.clear()

    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == '\\' and i + 1 < n:
            buf.append(s[i + 1])
            i += 2
            continue
        if s.startswith('**', i):
            flush()
            state['bold'] = not state['bold']
            i += 2
            continue
        if s.startswith('__', i):
            flush()
            state['italic'] = not state['italic']
            i += 2
            continue
        if c == '{':
            m = re.match(r'\{(br|tab|U\+[0-9A-Fa-f]{4,6}|[a-z]+)\}', s[i:])
            if m:
                tok = m.group(1)
                if tok == 'br':
                    flush(); segs.append(('br',))
                elif tok == 'tab':
                    flush(); segs.append(('tab',))
                elif tok.startswith('U+'):
                    buf.append(chr(int(tok[2:], 16)))
                elif tok in SHORTHANDS:
                    buf.append(SHORTHANDS[tok])
                else:
                    buf.append(m.group(0))
                i += len(m.group(0))
                continue
        if c == '[':
            if allow_footnotes and s.startswith('[^', i):
                j = find_close(s, i + 2, '[', ']')
                if j < 0:
                    raise ValueError('unclosed footnote in: ' + s)
                flush()
                segs.append(('fn', parse_inline(s[i + 2:j], allow_footnotes=False)))
                i = j + 1
                continue
            j = find_close(s, i + 1, '[', ']')
            if j > 0 and j + 1 < n and s[j + 1] == '(':
                k = find_close(s, j + 2, '(', ')')
                if k < 0:
                    raise ValueError('unclosed link target in: ' + s)
                flush()
                inner = parse_inline(s[i + 1:j], allow_footnotes=False)
                for seg in inner:   # the link inherits the surrounding bold/italic
                    if seg[0] == 'text':
                        seg[2]['bold'] = seg[2]['bold'] or state['bold']
                        seg[2]['italic'] = seg[2]['italic'] or state['italic']
                segs.append(('link', s[j + 2:k].strip(), inner))
                i = k + 1
                continue
        buf.append(c)
        i += 1
    flush()
    return segs


def find_close(s, start, open_c, close_c):
    depth = 0
    i = start
    while i < len(s):
        if s[i] == '\\':
            i += 2
            continue
        if s[i] == open_c:
            depth += 1
        elif s[i] == close_c:
            if depth == 0:
                return i
            depth -= 1
        i += 1
    return -1


def plain_text(s):
    """The visible text of inline markup (footnote markers dropped, links' visible text kept)."""
    out = []
    for seg in parse_inline(s):
        if seg[0] == 'text':
            out.append(seg[1])
        elif seg[0] == 'link':
            out.append(''.join(x[1] for x in seg[2] if x[0] == 'text'))
        elif seg[0] == 'br':
            out.append('\n')
        elif seg[0] == 'tab':
            out.append('\t')
    return ''.join(out)


# --------------------------------------------------------------------------------------------
# content blocks: one line (or one list item) = one paragraph
# --------------------------------------------------------------------------------------------
LIST_RE = re.compile(r'^( *)(\*|#\.|#\)|#[aAiI][.)]|#\((?:a|i|1)\))\s+(.*)$')
STYLE_RE = re.compile(r'^@([^|]+)\|\s?(.*)$')
TABLE_RE = re.compile(r'^\s*\|(.*)\|\s*$')

# list markers of a content line -> list kind: 'bullet', or [prefix]numFmt suffix of the first level
LIST_MARKERS = {'*': 'bullet', '#.': 'decimal.', '#)': 'decimal)', '#a)': 'lowerLetter)', '#a.': 'lowerLetter.',
                '#A.': 'upperLetter.', '#A)': 'upperLetter)', '#i.': 'lowerRoman.', '#i)': 'lowerRoman)',
                '#I.': 'upperRoman.', '#I)': 'upperRoman)', '#(a)': '(lowerLetter)', '#(i)': '(lowerRoman)',
                '#(1)': '(decimal)'}
# the number formats of levels 0, 1, 2 of a numbered list, by the format of its first level
LEVEL_FORMATS = {'decimal': ['decimal', 'lowerLetter', 'lowerRoman'],
                 'lowerLetter': ['lowerLetter', 'lowerRoman', 'decimal'],
                 'upperLetter': ['upperLetter', 'decimal', 'lowerLetter'],
                 'lowerRoman': ['lowerRoman', 'lowerLetter', 'decimal'],
                 'upperRoman': ['upperRoman', 'upperLetter', 'decimal']}


def list_kind_parts(kind):
    """'(lowerRoman)' -> ('(', 'lowerRoman', ')'); 'decimal.' -> ('', 'decimal', '.')."""
    m = re.fullmatch(r'(\(?)([a-zA-Z]+)([.)])', kind)
    return m.group(1), m.group(2), m.group(3)


def format_number(fmt, n):
    """The rendered form of counter n in a Word number format."""
    if fmt == 'decimal':
        return str(n)
    if fmt in ('lowerLetter', 'upperLetter'):
        s = ''
        while n > 0:
            n, r = divmod(n - 1, 26)
            s = chr(ord('a') + r) + s
        return s if fmt == 'lowerLetter' else s.upper()
    if fmt in ('lowerRoman', 'upperRoman'):
        vals = [(1000, 'm'), (900, 'cm'), (500, 'd'), (400, 'cd'), (100, 'c'), (90, 'xc'), (50, 'l'),
                (40, 'xl'), (10, 'x'), (9, 'ix'), (5, 'v'), (4, 'iv'), (1, 'i')]
        s = ''
        for v, t in vals:
            while n >= v:
                s += t
                n -= v
        return s if fmt == 'lowerRoman' else s.upper()
    raise ValueError('unknown number format: %s' % fmt)


def list_mark(kind, level, n):
    """The mark Word renders for item n (1-based) at `level` of a numbered list of `kind` ("a)", "ii.")."""
    pre, fmt, suf = list_kind_parts(kind)
    return '%s%s%s' % (pre, format_number(LEVEL_FORMATS[fmt][min(level, 2)], n), suf)


def table_cells(line):
    """'|a|b|c|' -> ['a', 'b', 'c'] (a backslash-escaped \\| stays in its cell)."""
    m = TABLE_RE.match(line)
    inner = m.group(1)
    cells, buf, i = [], [], 0
    while i < len(inner):
        if inner[i] == '\\' and i + 1 < len(inner) and inner[i + 1] == '|':
            buf.append('|')
            i += 2
            continue
        if inner[i] == '|':
            cells.append(''.join(buf).strip())
            buf = []
        else:
            buf.append(inner[i])
        i += 1
    cells.append(''.join(buf).strip())
    return cells


def content_items(content):
    """Normalise a content value (a string block or a list) into paragraph dicts:
    {'text': str, 'list': None|'bullet'|'decimal.'|'decimal)'|'lowerLetter)'|..., 'level': int,
    'style': str|None, ...}; consecutive lines "|a|b|" become one item {'table': [[cells], ...]}."""
    if content is None:
        return []
    if isinstance(content, str):
        lines = content.split('\n')
        if lines and lines[-1] == '':   # YAML block scalars end with a newline
            lines = lines[:-1]
        raw = lines
    elif isinstance(content, list):
        raw = content
    else:
        raw = [str(content)]
    items = []
    for line in raw:
        if isinstance(line, dict):
            d = dict(line)
            d.setdefault('text', '')
            d.setdefault('list', None)
            d.setdefault('level', 0)
            d.setdefault('style', None)
            items.append(d)
            continue
        line = str(line)
        if TABLE_RE.match(line):
            if items and 'table' in items[-1]:
                items[-1]['table'].append(table_cells(line))
            else:
                items.append({'table': [table_cells(line)], 'text': '', 'list': None, 'level': 0, 'style': None})
            continue
        m = STYLE_RE.match(line)
        style = None
        if m:
            style, line = m.group(1).strip(), m.group(2)
        m = LIST_RE.match(line)
        if m:
            kind = LIST_MARKERS[m.group(2)]
            items.append({'text': m.group(3), 'list': kind, 'level': len(m.group(1)) // 2, 'style': style})
        else:
            items.append({'text': line, 'list': None, 'level': 0, 'style': style})
    return items


def meta_items(meta):
    """The [label, value(, sep)] items of a practice's meta list, groups flattened."""
    out = []
    for item in meta or []:
        if isinstance(item, dict):
            out.extend(item['group'])
        else:
            out.append(item)
    return out


def list_step(stack, lvl, kind):
    """Advance the open lists `stack` (entries [level, kind, counter, base, key], innermost last) by
    an item at level `lvl` of `kind`; returns (entry, reused): `reused` is the entry whose Word list
    (numId) the item continues, or None when the item starts a new list. A deeper item of the same
    kind as an open list continues that list at its next level (Word's "1." then "a."); another kind
    starts a list of its own whose first mark is that kind's at any level."""
    while stack and stack[-1][0] > lvl:
        stack.pop()
    if stack and stack[-1][0] == lvl and stack[-1][1] == kind:
        stack[-1][2] += 1
        return stack[-1], stack[-1]
    if stack and stack[-1][0] == lvl:
        stack.pop()
    same = [e for e in stack if e[1] == kind]
    entry = [lvl, kind, 1, same[-1][3] if same else lvl, same[-1][4] if same else None]
    stack.append(entry)
    return entry, (same[-1] if same else None)


def rendered_lines(content):
    """The lines of a content block as the rendered document shows them: Word bullets as "- ",
    Word numbers as their marks ("1. ", "a) ", "ii. "), table rows as their cells joined by " | ",
    inline markup reduced to its visible text (what a gold text of the block looks like)."""
    lines = []
    stack = []
    for it in content_items(content):
        if 'box' in it:   # a one-cell box in the flow (en-heldout19): the lines of its block
            stack = []
            lines.extend(rendered_lines(it['box']))
            continue
        if 'table' in it:
            stack = []
            lines.extend(' | '.join(plain_text(c) for c in row) for row in it['table'])
            continue
        t = plain_text(it['text'])
        if it['list']:
            entry, _ = list_step(stack, it['level'], it['list'])
            if it['list'] == 'bullet':
                t = '- ' + t
            else:
                t = list_mark(it['list'], it['level'] - entry[3], entry[2]) + ' ' + t
        else:
            stack = []
        lines.append(t)
    return lines


# --------------------------------------------------------------------------------------------
# the renderer
# --------------------------------------------------------------------------------------------
class Renderer:
    def __init__(self, spec):
        self.spec = spec
        self.layout = merged(DEFAULT_LAYOUT, spec.get('layout') or {})
        self.doc = docx.Document()
        self.footnotes = []          # list of segment lists, id = index + 1
        self.abstract_ids = {}       # list kind -> abstractNumId
        self.next_num_id = 1000
        self.used_cells = {}
        self.outline_nums = {}       # outline abstractNumId -> numId in use
        self.numbering_el = self.doc.part.numbering_part.element
        self.open_cols = 1           # text columns of the section being written (layout.columns)
        self.open_start = None       # how that section starts: None (the first), 'continuous', 'nextPage'
        self.open_C = None           # its layout.columns options
        self.section_breaks = []     # w:sectPr elements put into paragraphs, in document order
        self.open_header = None      # header text of the section being written (layout.practice_header)
        self.open_orient = 'portrait'   # page orientation of the section being written (layout.orientation)
        self.section_headers = []    # (w:sectPr, header text) of the sections with a header of their own
        self._setup_document()

    # ---- document setup ------------------------------------------------------------------
    def _setup_document(self):
        L = self.layout
        sec = self.doc.sections[0]
        size = L['page']['size']
        if size == 'A4':
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        elif size == 'Letter':
            sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
        if L['page'].get('orientation') == 'landscape':   # page.orientation: landscape (es-heldout12)
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
        m = L['page']['margins_cm']
        sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = [Cm(x) for x in m]
        styles = self.doc.styles
        normal = styles['Normal']
        normal.font.name = L['font']['name']
        normal.font.size = Pt(L['font']['size'])
        rpr = normal.element.get_or_add_rPr()
        rfonts = rpr.find(qn('w:rFonts'))
        if rfonts is None:
            rfonts = OxmlElement('w:rFonts')
            rpr.insert(0, rfonts)
        for a in ('w:ascii', 'w:hAnsi', 'w:cs'):
            rfonts.set(qn(a), L['font']['name'])
        if L['font'].get('east_asia'):
            rfonts.set(qn('w:eastAsia'), L['font']['east_asia'])
        if L.get('language'):
            lang = rpr.find(qn('w:lang'))
            if lang is None:
                lang = OxmlElement('w:lang')
                rpr.append(lang)
            lang.set(qn('w:val'), L['language'])
        pf = normal.paragraph_format
        pf.space_after = Pt(L['paragraph']['space_after_pt'])
        if L['paragraph'].get('line_spacing'):
            pf.line_spacing = L['paragraph']['line_spacing']
        # character and paragraph styles the default template lacks
        hl = L['hyperlink']
        if hl.get('style') and hl['style'] not in [s.name for s in styles]:
            st = styles.add_style(hl['style'], WD_STYLE_TYPE.CHARACTER)
            st.font.color.rgb = RGBColor.from_string(hl['color'])
            st.font.underline = bool(hl['underline'])
        if 'Footnote Text' not in [s.name for s in styles]:
            st = styles.add_style('Footnote Text', WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = styles['Normal']
            st.font.size = Pt(L['footnotes']['size'])
            st.paragraph_format.space_after = Pt(0)
        if 'Footnote Reference' not in [s.name for s in styles]:
            st = styles.add_style('Footnote Reference', WD_STYLE_TYPE.CHARACTER)
            st.font.superscript = True
        # core properties: fixed, so that re-rendering gives the same document
        cp = self.doc.core_properties
        cp.author = 'compendium-render'
        cp.last_modified_by = 'compendium-render'
        cp.title = self.spec.get('title', '')
        fixed = datetime.datetime(2024, 1, 1, 0, 0, 0)
        cp.created = fixed
        cp.modified = fixed
        cp.revision = 1
        # remove the template's empty first paragraph if any
        body = self.doc.element.body
        for p in list(body.iterchildren(qn('w:p'))):
            if not p.xpath('string(.)'):
                body.remove(p)
        self._header_footer()

    def _header_footer(self):
        L = self.layout
        sec = self.doc.sections[0]
        if L.get('running_header'):
            self._fill_header(sec.header, L['running_header'])
        if L.get('page_numbers'):
            fp = sec.footer.paragraphs[0]
            fp.alignment = {'center': WD_ALIGN_PARAGRAPH.CENTER, 'right': WD_ALIGN_PARAGRAPH.RIGHT,
                            'left': WD_ALIGN_PARAGRAPH.LEFT}[L['page_number_align']]
            for part in re.split(r'(\{PAGE\}|\{NUMPAGES\})', L['page_numbers']):
                if part in ('{PAGE}', '{NUMPAGES}'):
                    self._field(fp, part[1:-1])
                elif part:
                    fp.add_run(part)

    def _fill_header(self, header, text):
        """The header's paragraph: the text right-aligned, in 9 pt."""
        hp = header.paragraphs[0]
        self.add_inline(hp, text)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(9)

    def practice_header_text(self, pr, L):
        """The header of a practice's own section (layout.practice_header, or the practice's
        running_header), or None: {number} and {key} of the practice's keys are filled in, other
        braces (inline markup such as {nbsp}) are left as they are."""
        if pr.get('running_header'):
            return pr['running_header']
        tpl = L.get('practice_header')
        if not tpl:
            return None

        def fill(m):
            v = pr.get(m.group(1))
            return str(v) if isinstance(v, (str, int)) else m.group(0)
        return re.sub(r'\{([a-z_]+)\}', fill, tpl)

    def _field(self, paragraph, instr):
        for kind, text in (('begin', None), (None, ' %s ' % instr), ('separate', None), (None, '1'), ('end', None)):
            r = paragraph.add_run()
            if kind:
                fc = OxmlElement('w:fldChar')
                fc.set(qn('w:fldCharType'), kind)
                r._r.append(fc)
            elif text.strip() == '1':
                r.text = '1'
            else:
                it = OxmlElement('w:instrText')
                it.set(qn('xml:space'), 'preserve')
                it.text = text
                r._r.append(it)

    # ---- numbering -----------------------------------------------------------------------
    def _abstract(self, kind, base=0):
        key = kind if (kind == 'bullet' or base == 0) else (kind, base)
        if key in self.abstract_ids:
            return self.abstract_ids[key]
        aid = 900 + len(self.abstract_ids)
        B, N = self.layout['bullets'], self.layout['numbering']
        lvls = []
        for ilvl in range(3):
            if kind == 'bullet':
                ch = B['char'] if ilvl != 1 else B['level2_char']
                font = B['font'] if ilvl != 1 else B['level2_font']
                fmt, text = 'bullet', ch
                ind, hang = B['indent_cm'] * (ilvl + 1), B['hanging_cm']
            else:
                pre, top, suffix = list_kind_parts(kind)
                fmt = LEVEL_FORMATS[top][min(max(ilvl - base, 0), 2)]
                text = pre + '%' + str(ilvl + 1) + suffix
                font = None
                ind, hang = N['indent_cm'] * (ilvl + 1), N['hanging_cm']
            rpr = ''
            if font:
                rpr = '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr>' % (font, font)
            lvls.append(
                '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl>'
                % (ilvl, fmt, xml_escape(text), int(ind * 567), int(hang * 567), rpr))
        xml = ('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>%s</w:abstractNum>'
               % (nsdecls('w'), aid, ''.join(lvls)))
        self._add_abstract(xml)
        self.abstract_ids[key] = aid
        return aid

    def _add_abstract(self, xml):
        el = parse_xml(xml)
        first_num = self.numbering_el.find(qn('w:num'))
        if first_num is not None:
            first_num.addprevious(el)
        else:
            self.numbering_el.append(el)

    def _outline_abstract(self, H, LB):
        """One multilevel list for numbered headings (level 0, heading.numbering) and numbered
        labels (level 1, labels.numbering), as Word's "1 / 1.1" heading numbering does."""
        key = ('outline', json.dumps([H, LB], sort_keys=True))
        if key in self.abstract_ids:
            return self.abstract_ids[key]
        aid = 900 + len(self.abstract_ids)
        lvls = []
        for ilvl, spec in enumerate([x for x in (H, LB) if x]):
            lvls.append(
                '<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                '<w:lvlJc w:val="left"/><w:suff w:val="%s"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
                % (ilvl, spec.get('start', 1), spec.get('format', 'decimal'), xml_escape(spec['text']),
                   spec.get('suffix', 'space')))
        xml = ('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>'
               % (nsdecls('w'), aid, ''.join(lvls)))
        self._add_abstract(xml)
        self.abstract_ids[key] = aid
        return aid

    def outline_num(self, L, fresh=False):
        """numId of the outline list of layout L (a new one, restarting, when fresh)."""
        H = (L['heading'] or {}).get('numbering')
        LB = (L['labels'] or {}).get('numbering')
        aid = self._outline_abstract(H, LB)
        if not fresh and aid in self.outline_nums:
            return self.outline_nums[aid]
        nid = self.next_num_id
        self.next_num_id += 1
        # a fresh list restarts at 1 (labels numbered per practice); without the override Word and
        # LibreOffice continue the count of the earlier lists that share the abstract numbering
        restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if fresh else ''
        self.numbering_el.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>'
                                           % (nsdecls('w'), nid, aid, restart)))
        self.outline_nums[aid] = nid
        return nid

    @staticmethod
    def set_numbering(p, num_id, ilvl):
        ppr = p._p.get_or_add_pPr()
        numpr = OxmlElement('w:numPr')
        il = OxmlElement('w:ilvl')
        il.set(qn('w:val'), str(ilvl))
        ni = OxmlElement('w:numId')
        ni.set(qn('w:val'), str(num_id))
        numpr.append(il)
        numpr.append(ni)
        ppr.append(numpr)

    def new_list(self, kind, base=0):
        aid = self._abstract(kind, base)
        nid = self.next_num_id
        self.next_num_id += 1
        xml = ('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
               '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
               % (nsdecls('w'), nid, aid))
        self.numbering_el.append(parse_xml(xml))
        return nid

    # ---- runs ----------------------------------------------------------------------------
    def add_inline(self, paragraph, text, bold=None, italic=None, size=None, color=None, font=None,
                   underline=None):
        """Append inline-markup text to a python-docx paragraph."""
        for seg in parse_inline(text or ''):
            self._add_segment(paragraph, seg, bold, italic, size, color, font, underline)

    def _fmt_run(self, run, fmt, bold, italic, size, color, font, underline):
        if fmt.get('bold') or bold:
            run.bold = True
        if fmt.get('italic') or italic:
            run.italic = True
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if font:
            run.font.name = font
        if underline:
            run.font.underline = True

    def _add_segment(self, paragraph, seg, bold, italic, size, color, font, underline):
        kind = seg[0]
        if kind == 'text':
            run = paragraph.add_run(seg[1])
            self._fmt_run(run, seg[2], bold, italic, size, color, font, underline)
        elif kind == 'br':
            paragraph.add_run().add_break(WD_BREAK.LINE)
        elif kind == 'tab':
            paragraph.add_run().add_tab()
        elif kind == 'fn' and self.__dict__.get('cell_notes') is not None:   # footnotes.cell_asterisks
            self.cell_notes.append(seg[1])
            paragraph.add_run('*' * len(self.cell_notes))
        elif kind == 'fn' and self.layout['footnotes'].get('typed'):
            # footnotes.typed (en-heldout15): no Word note; the mark is a typed number in superscript and
            # the note's text goes to a list of the practice's notes printed after its body (render_typed_notes)
            notes = self.__dict__.setdefault('typed_notes', [])
            notes.append(seg[1])
            run = paragraph.add_run(str(len(notes)))
            run.font.superscript = True
        elif kind == 'fn' and self.layout['footnotes'].get('endnotes'):
            self._add_endnote_ref(paragraph, seg[1])
        elif kind == 'fn':
            self.footnotes.append(seg[1])
            fid = len(self.footnotes)
            r = OxmlElement('w:r')
            rpr = OxmlElement('w:rPr')
            rs = OxmlElement('w:rStyle')
            rs.set(qn('w:val'), 'FootnoteReference')
            rpr.append(rs)
            va = OxmlElement('w:vertAlign')
            va.set(qn('w:val'), 'superscript')
            rpr.append(va)
            r.append(rpr)
            ref = OxmlElement('w:footnoteReference')
            ref.set(qn('w:id'), str(fid))
            r.append(ref)
            paragraph._p.append(r)
        elif kind == 'link':
            url = seg[1]
            r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
            h = OxmlElement('w:hyperlink')
            h.set(qn('r:id'), r_id)
            h.set(qn('w:history'), '1')
            hl = self.layout['hyperlink']
            for sub in seg[2]:
                if sub[0] != 'text':
                    continue
                r = OxmlElement('w:r')
                rpr = OxmlElement('w:rPr')
                if hl.get('style'):
                    rs = OxmlElement('w:rStyle')
                    rs.set(qn('w:val'), self.doc.styles[hl['style']].style_id)
                    rpr.append(rs)
                if sub[2].get('bold') or bold:
                    rpr.append(OxmlElement('w:b'))
                if sub[2].get('italic') or italic:
                    rpr.append(OxmlElement('w:i'))
                if hl.get('color'):
                    c = OxmlElement('w:color')
                    c.set(qn('w:val'), hl['color'])
                    rpr.append(c)
                if size:
                    sz = OxmlElement('w:sz')
                    sz.set(qn('w:val'), str(int(size * 2)))
                    rpr.append(sz)
                if hl.get('underline'):
                    u = OxmlElement('w:u')
                    u.set(qn('w:val'), 'single')
                    rpr.append(u)
                r.append(rpr)
                t = OxmlElement('w:t')
                t.set(qn('xml:space'), 'preserve')
                t.text = sub[1]
                r.append(t)
                h.append(r)
            paragraph._p.append(h)

    # ---- paragraphs ----------------------------------------------------------------------
    def new_paragraph(self, container, style=None):
        """A paragraph at the end of the document body or of a table cell."""
        if container is None:
            p = self.doc.add_paragraph()
        else:
            p = container.add_paragraph()
        if style:
            p.style = self.doc.styles[style]
        return p

    def first_or_new_paragraph(self, cell):
        """A cell is created with one empty paragraph: use it first."""
        key = id(cell._tc)
        ps = cell.paragraphs
        if key not in self.used_cells:
            self.used_cells[key] = cell._tc   # keep the element alive so that its id stays unique
            if len(ps) == 1 and not ps[0]._p.xpath('./w:r|./w:hyperlink'):
                return ps[0]
        return cell.add_paragraph()

    def add_blank(self, container, n=1):
        for _ in range(n or 0):
            self.new_paragraph(container)

    def add_page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def add_content(self, content, cell=None):
        """Paragraphs of a content block, in the body (cell None) or in a table cell. With
        footnotes.cell_asterisks (es-heldout19) every [^note] of a cell's block is no Word note: its mark is
        typed asterisks ("*", "**", … the k-th note of the cell) and the notes are plain paragraphs at the
        foot of the cell, each opening with its asterisks and a space, in footnotes.size."""
        F = self.layout['footnotes']
        if cell is None or not F.get('cell_asterisks') or self.__dict__.get('cell_notes') is not None:
            return self._add_content(content, cell)
        self.cell_notes = []
        try:
            self._add_content(content, cell)
        finally:
            notes, self.cell_notes = self.cell_notes, None
        for k, segs in enumerate(notes, start=1):
            p = self.first_or_new_paragraph(cell)
            run = p.add_run('*' * k + ' ')
            if F.get('size'):
                run.font.size = Pt(F['size'])
            for seg in segs:
                self._add_segment(p, seg, None, None, F.get('size'), None, None, None)

    def _add_content(self, content, cell=None):
        stack = []   # open lists: [level, kind, counter, base, numId]
        for it in content_items(content):
            if 'box' in it:   # a dict line {box: block, ...} (en-heldout19): a one-cell table (a pull quote)
                stack = []
                self.add_content_box(it, cell)
                continue
            if 'table' in it:
                stack = []
                self.add_content_table(it['table'], cell)
                continue
            p = self.first_or_new_paragraph(cell) if cell is not None else self.doc.add_paragraph()
            if it.get('style'):
                p.style = self.doc.styles[it['style']]
            if it['list']:
                entry, reused = list_step(stack, it['level'], it['list'])
                if entry[4] is None:
                    entry[4] = self.new_list(it['list'], entry[3])
                if not it.get('style'):
                    p.style = self.doc.styles['List Paragraph']
                self.set_numbering(p, entry[4], it['level'])
            else:
                stack = []
            if it.get('align'):
                p.alignment = getattr(WD_ALIGN_PARAGRAPH, it['align'].upper())
            n_runs = len(p.runs)
            self.add_inline(p, it['text'], bold=it.get('bold'), italic=it.get('italic'),
                            size=it.get('size'), color=it.get('color'))   # a dict line's own size/colour
            if it.get('smallcaps'):   # a dict line's smallcaps: Word small caps on its runs (fr-heldout18)
                for r in p.runs[n_runs:]:
                    r.font.small_caps = True
            if it.get('keep_with_next'):   # a dict line's keep_with_next: kept on the page of the next paragraph
                p.paragraph_format.keep_with_next = True
        return

    def add_content_box(self, it, cell=None):
        """A content line {box: block, shading?, style?, width_cm?} (en-heldout19): a one-cell table in the
        flow of a content block holding the block's paragraphs (dict lines keep their size, italic, align),
        e.g. a pull quote; style Table Grid unless given (null: no borders), filled with its shading, as wide
        as width_cm (default: the body table)."""
        table = (cell if cell is not None else self.doc).add_table(rows=1, cols=1)
        if it.get('style', 'Table Grid'):
            table.style = self.doc.styles[it.get('style', 'Table Grid')]
        table.autofit = False
        self._set_table_grid(table, [Cm(it.get('width_cm') or sum(self.layout['table']['widths_cm']))])
        c = table.rows[0].cells[0]
        self.add_content(it['box'], cell=c)
        if it.get('shading'):
            shade(c, it['shading'])

    def add_content_table(self, rows, cell=None):
        """A small table inside a content block (lines "|a|b|c|"), e.g. a contact list in a cell."""
        T = self.layout.get('content_table') or {}
        ncols = max(len(r) for r in rows)
        if cell is not None:
            table = cell.add_table(rows=len(rows), cols=ncols)
            # a cell created empty holds one empty paragraph before the table: drop it
            first = cell.paragraphs[0]._p if cell.paragraphs else None
            if first is not None and first.getnext() is table._tbl and not first.xpath('./w:r|./w:hyperlink'):
                first.getparent().remove(first)
                self.used_cells[id(cell._tc)] = cell._tc
        else:
            table = self.doc.add_table(rows=len(rows), cols=ncols)
        if T.get('style', 'Table Grid'):
            table.style = self.doc.styles[T.get('style', 'Table Grid')]
        if T.get('widths_cm'):
            table.autofit = False
            self._set_table_grid(table, [Cm(w) for w in T['widths_cm']])
        for tr, row in zip(table.rows, rows):
            for c, text in zip(tr.cells, row):
                self.add_inline(c.paragraphs[0], text, size=T.get('size'))
                c.paragraphs[0].paragraph_format.space_after = Pt(T.get('space_after_pt', 0))
        if cell is None:
            self.add_blank(None, T.get('blank_after', 0))

    # ---- structure -----------------------------------------------------------------------
    def render(self):
        spec = self.spec
        self.render_cover(spec.get('cover'))
        for block in spec.get('front') or []:
            self.render_front(block)
        for i, pr in enumerate(spec.get('practices') or []):
            self.render_practice(pr, first=(i == 0))
        if spec.get('back') and self.open_cols > 1:
            self.switch_columns(1, 'continuous')
        for block in spec.get('back') or []:
            self.render_front(block)
        self._finish_sections()
        self._finish_footnotes()
        self._finish_endnotes()

    def render_cover(self, cover):
        if not cover:
            return
        for para in cover.get('paragraphs') or []:
            if isinstance(para, str):
                para = {'text': para}
            p = self.doc.add_paragraph()
            if para.get('style'):
                p.style = self.doc.styles[para['style']]
            p.alignment = getattr(WD_ALIGN_PARAGRAPH, (para.get('align') or 'center').upper())
            self.add_inline(p, para.get('text', ''), bold=para.get('bold'), size=para.get('size'),
                            color=para.get('color'))
        if (cover.get('page_break_after') if 'page_break_after' in cover else self.layout['cover']['page_break_after']):
            self.add_page_break()

    def render_front(self, block):
        """A titled block before (or after) the practices: preface, contents, acknowledgements."""
        if block.get('page_break_before'):
            self.add_page_break()
        if block.get('heading'):
            p = self.doc.add_paragraph()
            if block.get('heading_style'):
                p.style = self.doc.styles[block['heading_style']]
            self.add_inline(p, block['heading'], bold=block.get('heading_bold', True),
                            size=block.get('heading_size'))
            p.alignment = getattr(WD_ALIGN_PARAGRAPH, (block.get('heading_align') or 'left').upper())
        if block.get('kind') == 'contents':
            for entry in block.get('entries') or []:
                p = self.doc.add_paragraph()
                self._tab_stop(p, Cm(block.get('tab_cm', 16.0)), block.get('leader', 'dot'))
                self.add_inline(p, entry)
        else:
            self.add_content(block.get('content'))

    def _tab_stop(self, paragraph, pos, leader):
        ppr = paragraph._p.get_or_add_pPr()
        tabs = OxmlElement('w:tabs')
        tab = OxmlElement('w:tab')
        tab.set(qn('w:val'), 'right')
        tab.set(qn('w:leader'), leader or 'none')
        tab.set(qn('w:pos'), str(int(pos.twips if hasattr(pos, 'twips') else pos / 635)))
        tabs.append(tab)
        ppr.append(tabs)

    def practice_layout(self, pr):
        return merged(self.layout, pr.get('layout') or {})

    def render_practice(self, pr, first):
        L = self.practice_layout(pr)
        brk = pr.get('break_before', L['practice_break'])
        header = self.practice_header_text(pr, L)
        orient = L.get('orientation') or 'portrait'   # layout.orientation (en-heldout12): landscape pages
        if orient != self.open_orient and not (brk == 'page' or brk is True):
            raise ValueError('a change of orientation needs a page break before practice %s' % pr.get('number'))
        if header and not (brk == 'page' or brk is True):
            raise ValueError('a practice header needs a page break before practice %s' % pr.get('number'))
        if brk == 'page' or brk is True:
            style = L['page_break_style']
            if self.open_cols > 1 or header or orient != self.open_orient:   # after a body in columns, or for a
                self.switch_columns(1, 'nextPage')   # header of the practice's own: a "next page" section break
                style = 'section'
                self.open_orient = orient
            if header:
                self.open_header = header
        else:
            style = None
            if self.open_cols > 1:     # after a body in columns: a continuous section break
                self.switch_columns(1, 'continuous')
            self.add_blank(None, L['blank_lines_between_practices'])
        heading_paras = pr['heading'] if isinstance(pr['heading'], list) else [pr['heading']]
        H = L['heading']
        in_table = bool(L.get('heading_in_table'))
        if in_table and L['body'] != 'table':
            raise ValueError('heading_in_table needs body: table')
        banner = bool(H.get('banner')) and not in_table
        if style == 'run' or (style == 'property' and (in_table or banner)):   # a table takes no page break before
            self.add_page_break()
        for para in pr.get('before_heading') or []:   # a small line above the heading ("Case study")
            self.render_before_heading(para)
        if banner:
            self.render_heading_banner(pr, L, heading_paras)
        elif not in_table:
            for k, text in enumerate(heading_paras):
                p = self.doc.add_paragraph()
                self.format_heading_paragraph(p, L, k, page_break_before=(k == 0 and style == 'property'))
                self.add_inline(p, text, bold=H.get('bold'), italic=H.get('italic'), size=H.get('size'),
                                color=H.get('color'), font=H.get('font'))
            self.add_blank(None, H.get('blank_after', 0))
        self.label_num = None
        if pr.get('intro'):   # an introductory paragraph between the heading and the meta lines
            self.add_content(pr['intro'])
            self.add_blank(None, pr.get('blank_after_intro', 0))
        body = L['body']
        if body == 'table':
            self.render_table_practice(pr, L)
        elif body == 'boldlabels':
            if not L['meta'].get('after_body'):
                self.render_meta(pr, L)
            self.begin_body_columns(L)
            self.render_bold_label_practice(pr, L)
            if L['meta'].get('after_body'):
                self.add_blank(None, 1)
                self.render_meta(pr, L)
        elif body == 'runin':
            self.render_meta(pr, L)
            self.begin_body_columns(L)
            self.render_runin_practice(pr, L)
        elif body == 'onecolumn':
            if not L['onecolumn'].get('meta_inside'):
                self.render_meta(pr, L)
            self.render_onecolumn_practice(pr, L)
        else:
            raise ValueError('unknown body layout: %s' % body)
        if self.layout['footnotes'].get('typed'):   # footnotes.typed (en-heldout15): the practice's notes
            self.render_typed_notes(L)
        for block in pr.get('after') or []:
            self.add_content(block)

    def render_typed_notes(self, L):
        """footnotes.typed: the notes of the practice just written as plain paragraphs after its body, not
        Word notes: a bold heading (footnotes.typed_heading, default "Notes"), then one paragraph a note,
        its typed number first (footnotes.typed_mark, default "{n}. "), in footnotes.size; numbers restart
        in every practice."""
        notes = self.__dict__.get('typed_notes') or []
        self.typed_notes = []
        if not notes:
            return
        F = L['footnotes']
        p = self.doc.add_paragraph()
        p.paragraph_format.keep_with_next = True
        self.add_inline(p, F.get('typed_heading', 'Notes'), bold=True, size=F.get('size'))
        for k, segs in enumerate(notes, start=1):
            p = self.doc.add_paragraph()
            run = p.add_run(F.get('typed_mark', '{n}. ').replace('{n}', str(k)))
            if F.get('size'):
                run.font.size = Pt(F['size'])
            for seg in segs:
                self._add_segment(p, seg, None, None, F.get('size'), None, None, None)

    def format_heading_paragraph(self, p, L, k, page_break_before=False):
        """Style, keep-with-next, alignment and numbering of the k-th paragraph of a heading."""
        H = L['heading']
        if H.get('style'):
            p.style = self.doc.styles[H['style']]
        if page_break_before:
            p.paragraph_format.page_break_before = True
        p.paragraph_format.keep_with_next = True
        p.alignment = getattr(WD_ALIGN_PARAGRAPH, (H.get('align') or 'left').upper())
        if k == 0 and H.get('numbering'):
            self.set_numbering(p, self.outline_num(L), 0)
        if H.get('border_bottom'):   # heading.border_bottom (en-heldout17): a rule under the heading paragraph
            pPr = p._p.get_or_add_pPr()
            pPr.append(parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="12" w:space="1" w:color="%s"/></w:pBdr>'
                                 % (nsdecls('w'), H['border_bottom'] if H['border_bottom'] is not True else 'auto')))

    def render_heading_row(self, pr, L, tr):
        """layout.heading_in_table: the heading paragraph(s) in the row `tr`, its cells merged into one."""
        H = L['heading']
        cell = tr.cells[0].merge(tr.cells[-1]) if len(tr.cells) > 1 else tr.cells[0]
        for k, text in enumerate(pr['heading'] if isinstance(pr['heading'], list) else [pr['heading']]):
            p = self.first_or_new_paragraph(cell)
            self.format_heading_paragraph(p, L, k)
            self.add_inline(p, text, bold=H.get('bold'), italic=H.get('italic'), size=H.get('size'),
                            color=H.get('color'), font=H.get('font'))
        if H.get('shading'):
            shade(cell, H['shading'])

    def render_heading_banner(self, pr, L, heading_paras):
        """heading.banner: the heading paragraph(s) in a one-cell table of their own (heading.shading)."""
        H = L['heading']
        table = self.doc.add_table(rows=1, cols=1)
        table.style = self.doc.styles[L['table'].get('style') or 'Table Grid']
        table.autofit = False
        self._set_table_grid(table, [Cm(sum(L['table']['widths_cm']))])
        cell = table.rows[0].cells[0]
        for k, text in enumerate(heading_paras):
            p = self.first_or_new_paragraph(cell)
            self.format_heading_paragraph(p, L, k)
            self.add_inline(p, text, bold=H.get('bold'), italic=H.get('italic'), size=H.get('size'),
                            color=H.get('color'), font=H.get('font'))
        if H.get('shading'):
            shade(cell, H['shading'])
        self.add_blank(None, H.get('blank_after', 0))

    # ---- text columns (layout.columns) ----------------------------------------------------
    @staticmethod
    def column_layout(L):
        C = L.get('columns') or 1
        if not isinstance(C, dict):
            C = {'count': int(C)}
        return merged(DEFAULT_LAYOUT['columns'], C)

    def begin_body_columns(self, L):
        """After the heading and meta lines: the body in layout.columns text columns (a continuous
        section break when the count changes; nothing at all for one column after one column)."""
        C = self.column_layout(L)
        if C['count'] != self.open_cols:
            self.switch_columns(C['count'], 'continuous', C)

    def switch_columns(self, n, start, C=None):
        """End the section being written at the last body paragraph (a new empty one when the body
        ends with a table) with its column count, and open one of n columns that starts `start`."""
        body = self.doc.element.body
        last = [el for el in body.iterchildren() if el.tag in (qn('w:p'), qn('w:tbl'))]
        if not last or last[-1].tag != qn('w:p') or last[-1].find(qn('w:pPr') + '/' + qn('w:sectPr')) is not None:
            p = self.doc.add_paragraph()._p
        else:
            p = last[-1]
        sect = body.sectPr.clone()
        self._shape_section(sect, self.open_cols, self.open_start, self.open_C)
        self._orient_section(sect, self.open_orient)
        p.set_sectPr(sect)
        self.section_breaks.append(sect)
        if self.open_header:
            self.section_headers.append((sect, self.open_header))
        self.open_cols, self.open_start, self.open_C = n, start, C
        self.open_header = None      # a section opened here inherits the header before it

    def _shape_section(self, sect, n, start, C):
        if start:
            sect.start_type = {'continuous': WD_SECTION.CONTINUOUS, 'nextPage': WD_SECTION.NEW_PAGE}[start]
        if n > 1:
            C = C or self.column_layout(self.layout)
            cols = sect.find(qn('w:cols'))
            if cols is None:
                cols = OxmlElement('w:cols')
                sect.find(qn('w:docGrid')).addprevious(cols)
            cols.set(qn('w:num'), str(n))
            cols.set(qn('w:space'), str(int(round(C['space_cm'] * 567))))
            if C.get('line'):
                cols.set(qn('w:sep'), '1')

    @staticmethod
    def _orient_section(sect, orient):
        """layout.orientation landscape: the section's page turned (w:pgSz width and height swapped,
        w:orient="landscape"); portrait sections are left as they are."""
        if orient != 'landscape':
            return
        pgsz = sect.find(qn('w:pgSz'))
        w, h = int(pgsz.get(qn('w:w'))), int(pgsz.get(qn('w:h')))
        if w < h:
            pgsz.set(qn('w:w'), str(h))
            pgsz.set(qn('w:h'), str(w))
        pgsz.set(qn('w:orient'), 'landscape')

    def _finish_sections(self):
        """The last section (the body's w:sectPr) gets the columns of what was written last; the
        header and footer references stay in the first section only, the others inherit them, except
        the sections opened for a practice header (layout.practice_header), which get a header of
        their own (and keep inheriting the footer; blocks after the practices inherit the last one)."""
        if not self.section_breaks:
            return
        sentinel = self.doc.element.body.sectPr
        self._shape_section(sentinel, self.open_cols, self.open_start, self.open_C)
        self._orient_section(sentinel, self.open_orient)
        for sect in self.section_breaks[1:] + [sentinel]:
            for ref in sect.xpath('w:headerReference|w:footerReference'):
                sect.remove(ref)
        if self.open_header:
            self.section_headers.append((sentinel, self.open_header))
        for sect, text in self.section_headers:   # a header of its own, unlinked; the footer stays inherited
            header = Section(sect, self.doc.part).header
            header.is_linked_to_previous = False
            self._fill_header(header, text)

    def render_meta(self, pr, L):
        """The meta block above the body: label lines, or a two-column grid of its own."""
        if L['meta'].get('placement') == 'grid4':
            self.render_meta_grid4(pr, L)
        elif L['meta'].get('placement') == 'grid':
            self.render_meta_grid(pr, L)
        elif L['meta'].get('placement') == 'box':
            self.render_meta_box(pr, L)
        elif L['meta'].get('placement') == 'horizontal':
            self.render_meta_horizontal(pr, L)
        else:
            self.render_meta_lines(pr, L)

    def render_meta_horizontal(self, pr, L):
        """meta.placement 'horizontal' (pt-heldout17): a table of its own with one header row of the
        labels (one cell each, bold per meta.label_bold, filled with meta.horizontal_header_shading)
        and ONE row of the values under them; column widths meta.horizontal_widths_cm (default: the
        body width shared equally); style meta.grid_style or Table Grid."""
        M = L['meta']
        items = meta_items(pr.get('meta'))
        if not items:
            return
        table = self.doc.add_table(rows=2, cols=len(items))
        table.style = self.doc.styles[M.get('grid_style') or 'Table Grid']
        table.autofit = False
        widths = M.get('horizontal_widths_cm') or [sum(L['table']['widths_cm']) / len(items)] * len(items)
        self._set_table_grid(table, [Cm(w) for w in widths])
        for tr in table.rows:   # neither row splits across a page
            tr._tr.get_or_add_trPr().append(OxmlElement('w:cantSplit'))
        for k, item in enumerate(items):
            head = table.rows[0].cells[k]
            self.add_inline(self.first_or_new_paragraph(head), item[0], bold=M['label_bold'])
            if M.get('horizontal_header_shading'):
                shade(head, M['horizontal_header_shading'])
            if item[1]:
                self.add_inline(self.first_or_new_paragraph(table.rows[1].cells[k]), item[1],
                                bold=M.get('value_bold'))
        self.add_blank(None, max(1, M.get('blank_after', 0)))

    def render_meta_grid(self, pr, L):
        M = L['meta']
        meta = pr.get('meta') or []
        if not meta:
            return
        cap = 1 if M.get('grid_caption') else 0
        table = self.doc.add_table(rows=len(meta_items(meta)) + cap, cols=2)
        if M.get('grid_style'):
            table.style = self.doc.styles[M['grid_style']]
        table.autofit = False
        self._set_table_grid(table, [Cm(w) for w in M['grid_widths_cm']])
        if cap:   # a caption row, its two cells merged into one
            c = table.rows[0].cells[0].merge(table.rows[0].cells[1])
            self.add_inline(self.first_or_new_paragraph(c), M['grid_caption'], bold=True)
        for tr, item in zip(table.rows[cap:], meta_items(meta)):
            self.add_inline(self.first_or_new_paragraph(tr.cells[0]), item[0], bold=M['label_bold'])
            if item[1] is not None:
                self.add_inline(self.first_or_new_paragraph(tr.cells[1]), item[1], bold=M.get('value_bold'))
        self.add_blank(None, M.get('blank_after', 0))

    def render_meta_grid4(self, pr, L):
        """meta.placement grid4: label | value | label | value, two items a row; an item alone in its
        row (the last of an odd number) has its value cell merged across the last three columns."""
        M = L['meta']
        items = meta_items(pr.get('meta'))
        if not items:
            return
        table = self.doc.add_table(rows=(len(items) + 1) // 2, cols=4)
        if M.get('grid_style'):
            table.style = self.doc.styles[M['grid_style']]
        table.autofit = False
        self._set_table_grid(table, [Cm(w) for w in M['grid4_widths_cm']])
        for k, item in enumerate(items):
            cells = table.rows[k // 2].cells
            c = 2 * (k % 2)
            value_cell = cells[c + 1]
            if k % 2 == 0 and k == len(items) - 1:
                value_cell = cells[1].merge(cells[3])
            self.add_inline(self.first_or_new_paragraph(cells[c]), item[0], bold=M['label_bold'])
            if item[1] is not None:
                self.add_inline(self.first_or_new_paragraph(value_cell), item[1], bold=M.get('value_bold'))
        self.add_blank(None, M.get('blank_after', 0))

    def render_before_heading(self, para):
        """A practice's `before_heading` paragraph (text, or {text, size, color, bold, italic, style})."""
        if isinstance(para, str):
            para = {'text': para}
        p = self.doc.add_paragraph()
        if para.get('style'):   # {style: "Heading 1"}: a chapter line above the heading (en-heldout16)
            p.style = self.doc.styles[para['style']]
        p.paragraph_format.keep_with_next = True
        self.add_inline(p, para.get('text', ''), bold=para.get('bold'), italic=para.get('italic'),
                        size=para.get('size'), color=para.get('color'))
        if para.get('smallcaps'):   # {smallcaps: true}: Word small caps on the line (a kicker, es-heldout19)
            for r in p.runs:
                r.font.small_caps = True
    def render_meta_box(self, pr, L):
        """meta.placement 'box': the meta label lines inside a one-cell table, filled with meta.box_shading."""
        M = L['meta']
        if not pr.get('meta'):
            return
        table = self.doc.add_table(rows=1, cols=1)
        table.style = self.doc.styles[M.get('grid_style') or 'Table Grid']
        table.autofit = False
        self._set_table_grid(table, [Cm(sum(L['table']['widths_cm']))])
        cell = table.rows[0].cells[0]
        self.render_meta_lines(pr, merged(L, {'meta': {'blank_after': 0}}), cell=cell)
        if M.get('box_shading'):
            shade(cell, M['box_shading'])
        self.add_blank(None, max(1, M.get('blank_after', 0)))   # two tables must not touch

    def render_meta_lines(self, pr, L, cell=None):
        """Meta label lines: one paragraph each; a {group: [[label, value], ...], join: " | "} item
        in one paragraph ("Author: X | Institution: Y"); with meta.one_paragraph every item in one
        paragraph, joined by meta.join (e.g. "{br}", a line break as Shift+Enter makes); with
        meta.list "bullet" each paragraph an item of one Word bulleted list."""
        M = L['meta']
        meta = pr.get('meta') or []
        if M.get('one_paragraph') and meta:
            meta = [{'group': meta_items(meta), 'join': M.get('join', '{br}')}]
        list_id = self.new_list('bullet') if (M.get('list') == 'bullet' and meta) else None
        for item in meta:
            if not isinstance(item, dict) and len(item) > 1 and isinstance(item[1], list):
                # a meta item whose value is a list: the label alone on its line, then the values as
                # the items of a Word bulleted list below it ("Countries involved:" / "• Jordan" ...)
                p = self.first_or_new_paragraph(cell) if cell is not None else self.doc.add_paragraph()
                self.add_inline(p, item[0], bold=M['label_bold'])
                self.add_content('\n'.join('* ' + v for v in item[1]), cell)
                continue
            p = self.first_or_new_paragraph(cell) if cell is not None else self.doc.add_paragraph()
            if list_id is not None:   # meta.list: the line is an item of a Word bulleted list
                p.style = self.doc.styles['List Paragraph']
                self.set_numbering(p, list_id, 0)
            if isinstance(item, dict):
                pairs, join = item['group'], item.get('join', M.get('join', ' | '))
            else:
                pairs, join = [item], None
            for k, pair in enumerate(pairs):
                if k:
                    self.add_inline(p, join)
                label, value = pair[0], pair[1]
                n_runs = len(p.runs)
                self.add_inline(p, label, bold=M['label_bold'])
                if M.get('label_smallcaps'):   # meta.label_smallcaps (en-heldout17): Word small caps on the label
                    for r in p.runs[n_runs:]:
                        r.font.small_caps = True
                sep = pair[2] if len(pair) > 2 else ' '
                if value is not None:
                    p.add_run(sep) if sep else None
                    self.add_inline(p, value, bold=M.get('value_bold'))
        if meta:
            self.add_blank(cell, M.get('blank_after', 0))

    # two-column table (or three: label | guidance | content, in the order of table.columns)
    def render_table_practice(self, pr, L):
        T, M = L['table'], L['meta']
        columns = list(T.get('columns') or ['label', 'content'])
        rows = []
        header = pr.get('table_header', T.get('header'))
        # meta.after_body with body table (en-heldout20): the meta block after the body table, not above it
        meta_after = bool(M.get('after_body')) and M['placement'] in ('above', 'grid', 'box')
        if M['placement'] in ('above', 'grid', 'box'):
            if not meta_after:
                self.render_meta(pr, L)
            if pr.get('summary_box'):   # a practice's summary_box: a shaded one-cell box between the meta
                self.render_summary_box(pr, L)   # lines and the body table (es-heldout12)
            self.begin_body_columns(L)
        else:
            for item in meta_items(pr.get('meta')):
                rows.append({'label': item[0], 'content': item[1], 'meta': True,
                             'instruction': item[2] if len(item) > 2 else None})
        for row in pr.get('rows') or []:
            rows.append(row)
            for more in row.get('more_content') or []:   # further content rows, label cells merged (w:vMerge)
                rows.append({'label': '', 'content': more, 'merge_label_up': True})
        heading_row = bool(L.get('heading_in_table'))
        n = len(rows) + (1 if header else 0) + (1 if heading_row else 0)
        table = self.doc.add_table(rows=n, cols=len(columns))
        if T.get('style'):
            table.style = self.doc.styles[T['style']]
        table.alignment = {'left': WD_TABLE_ALIGNMENT.LEFT, 'center': WD_TABLE_ALIGNMENT.CENTER}[T.get('align', 'left')]
        table.autofit = False
        widths = [Cm(w) for w in T['widths_cm']]
        self._set_table_grid(table, widths)
        r0 = 0
        if heading_row:
            self.render_heading_row(pr, L, table.rows[0])
            r0 = 1
        if header:
            cells = table.rows[r0].cells
            for c, text in zip(cells, header):
                p = self.first_or_new_paragraph(c)
                self.add_inline(p, text, bold=T.get('header_bold'))
                if T.get('header_shading'):
                    shade(c, T['header_shading'])
            if T.get('repeat_header'):   # (after a heading row: Word repeats only rows at the top, so none)
                trpr = table.rows[r0]._tr.get_or_add_trPr()
                th = OxmlElement('w:tblHeader')
                trpr.append(th)
            r0 += 1
        for i, row in enumerate(rows):
            tr = table.rows[r0 + i]
            if T.get('cant_split_rows'):
                trpr = tr._tr.get_or_add_trPr()
                trpr.append(OxmlElement('w:cantSplit'))
            if row.get('subheader') is not None:   # a row {subheader: "A. …"} (es-heldout19): one bold cell
                self.render_subheader_row(tr, row, T)   # merged across the row, shaded
                continue
            cells = dict(zip(columns, tr.cells))
            lc, cc = cells['label'], cells['content']
            if row.get('merge_label_up'):
                if T.get('label_shading'):
                    shade(lc, T['label_shading'])
                table.rows[r0 + i - 1].cells[columns.index('label')].merge(lc)
                self.add_content(row.get('content'), cell=cc)
                continue
            if 'guidance' in cells:
                if row.get('meta') and T.get('meta_merge', True):
                    cc = cells['guidance'].merge(cc)
                else:
                    self.add_content(row.get('guidance'), cell=cells['guidance'])
                    if T.get('guidance_shading'):
                        shade(cells['guidance'], T['guidance_shading'])
                    for gp in cells['guidance'].paragraphs:
                        for r in gp.runs:
                            if T.get('guidance_italic'):
                                r.italic = True
                            if T.get('guidance_size'):
                                r.font.size = Pt(T['guidance_size'])
            p = self.first_or_new_paragraph(lc)
            if not row.get('meta'):
                self.number_label(p, L, row)
            self.add_inline(p, row['label'], bold=row.get('label_bold', T.get('label_bold')))
            if row.get('label_caps', T.get('label_caps')):
                for r in p.runs:
                    r.font.all_caps = True
            if row.get('label_smallcaps', T.get('label_smallcaps')):   # (en-heldout12)
                for r in p.runs:
                    r.font.small_caps = True
            if T.get('label_align'):
                p.alignment = getattr(WD_ALIGN_PARAGRAPH, T['label_align'].upper())
            if row.get('instruction'):
                ip = lc.add_paragraph()
                self.add_inline(ip, row['instruction'], italic=T.get('instruction_italic'),
                                size=T.get('instruction_size'),
                                color=T.get('instruction_color'))   # table.instruction_color (en-heldout15)
            if T.get('label_shading'):
                shade(lc, T['label_shading'])
            self.add_content(row.get('content'), cell=cc)
        self.add_blank(None, pr.get('blank_after_table', 1))
        if meta_after:
            self.render_meta(pr, L)

    def render_subheader_row(self, tr, row, T):
        """A body-table row {subheader: text, shading?, bold?} (es-heldout19): its cells merged into one holding
        the text (bold unless bold: false), filled with the row's shading or table.subheader_shading."""
        cell = tr.cells[0].merge(tr.cells[-1]) if len(tr.cells) > 1 else tr.cells[0]
        p = self.first_or_new_paragraph(cell)
        self.add_inline(p, row['subheader'], bold=row.get('bold', True))
        p.paragraph_format.keep_with_next = True
        fill = row.get('shading', T.get('subheader_shading'))
        if fill:
            shade(cell, fill)

    def render_summary_box(self, pr, L):
        """A practice's `summary_box` (a content block, or {content, shading}): a one-cell table as wide
        as the body table, above it, filled with its shading (layout.summary_box_shading by default)."""
        box = pr['summary_box']
        if not isinstance(box, dict):
            box = {'content': box}
        table = self.doc.add_table(rows=1, cols=1)
        table.style = self.doc.styles['Table Grid']
        table.autofit = False
        self._set_table_grid(table, [Cm(sum(L['table']['widths_cm']))])
        cell = table.rows[0].cells[0]
        self.add_content(box.get('content'), cell=cell)
        fill = box.get('shading', L.get('summary_box_shading'))
        if fill:
            shade(cell, fill)
        self.add_blank(None, 1)   # two tables must not touch

    def number_label(self, p, L, row):
        """Word automatic numbering of a label paragraph (labels.numbering), when the layout has it."""
        if not (L['labels'] or {}).get('numbering') or row.get('numbered') is False:
            return
        if (L['heading'] or {}).get('numbering'):
            self.set_numbering(p, self.outline_num(L), 1)
        else:
            if self.label_num is None:
                self.label_num = self.outline_num(L, fresh=True)
            self.set_numbering(p, self.label_num, 0)

    def _set_table_grid(self, table, widths):
        tbl = table._tbl
        grid = tbl.tblGrid
        for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
            gc.set(qn('w:w'), str(int(w.twips if hasattr(w, 'twips') else w / 635)))
        for row in table.rows:
            for c, w in zip(row.cells, widths):
                c.width = w

    # bold labels, no table
    def render_bold_label_practice(self, pr, L):
        LB = L['labels']
        for row in pr.get('rows') or []:
            style = row.get('label_style', LB.get('style'))
            p = self.doc.add_paragraph()
            if style:
                p.style = self.doc.styles[style]
            p.paragraph_format.keep_with_next = LB.get('keep_with_next', True)
            self.number_label(p, L, row)
            self.add_inline(p, row['label'], bold=None if style else LB.get('bold'), italic=LB.get('italic'),
                            size=LB.get('size'), color=LB.get('color'), underline=LB.get('underline'))
            if row.get('instruction'):
                if LB.get('instruction_inline'):
                    p.add_run(' ')
                    self.add_inline(p, row['instruction'], italic=True)
                else:
                    ip = self.doc.add_paragraph()
                    self.add_inline(ip, row['instruction'], italic=True)
            self.add_content(row.get('content'))
            self.add_blank(None, LB.get('blank_after_content', 0))

    # run-in labels: "Label: content" in one paragraph, the label bold; a section whose content
    # starts with a list (or is empty) has its label on a paragraph of its own
    def render_runin_practice(self, pr, L):
        LB = L['labels']
        for row in pr.get('rows') or []:
            items = content_items(row.get('content'))
            p = self.doc.add_paragraph()
            self.number_label(p, L, row)
            self.add_inline(p, row['label'], bold=LB.get('bold'), italic=LB.get('italic'),
                            size=LB.get('size'), color=LB.get('color'), underline=LB.get('underline'))
            if row.get('instruction'):
                p.add_run(' ')
                self.add_inline(p, row['instruction'], italic=True)
            if items and not items[0]['list'] and not items[0].get('style') and items[0]['text']:
                p.add_run(row.get('separator', LB.get('runin_separator', ' ')))
                self.add_inline(p, items[0]['text'])
                items = items[1:]
            else:
                if LB.get('runin_separator_alone'):
                    p.add_run(LB['runin_separator_alone'])
                p.paragraph_format.keep_with_next = True
            if items:
                self.add_content(items)
            self.add_blank(None, LB.get('blank_after_content', 0))

    # one column: a table of one column, every label a bold paragraph above its content; with
    # onecolumn.rows "alternating", rows that alternate: a label row (onecolumn.label_shading), then a
    # row holding that section's content (onecolumn.shading), then the next label row, ...
    def render_onecolumn_practice(self, pr, L):
        O, LB = L['onecolumn'], L['labels']
        rows = list(pr.get('rows') or [])
        if O.get('rows') == 'alternating':
            return self.render_alternating_practice(pr, L, rows)
        per_row = O.get('rows') == 'per_row'
        n = (len(rows) if per_row else 1) + (1 if O.get('meta_inside') and per_row and pr.get('meta') else 0)
        table = self.doc.add_table(rows=n, cols=1)
        if O.get('style'):
            table.style = self.doc.styles[O['style']]
        table.autofit = False
        self._set_table_grid(table, [Cm(O['width_cm'])])
        ri = 0
        cell = table.rows[0].cells[0]
        if O.get('meta_inside') and pr.get('meta'):
            self.render_meta_lines(pr, L, cell=cell)
            if per_row:
                ri = 1
        for k, row in enumerate(rows):
            if per_row:
                cell = table.rows[ri + k].cells[0]
            elif k > 0:
                self.add_blank(cell, O.get('blank_between_sections', 0))
            lp = self.label_paragraph(cell, row, L)
            items = content_items(row.get('content'))
            if O.get('runin') and items and not items[0]['list'] and not items[0].get('style') \
                    and 'table' not in items[0] and items[0]['text']:   # onecolumn.runin: content runs on
                lp.add_run(row.get('separator', LB.get('runin_separator', ' ')))
                self.add_inline(lp, items[0]['text'])
                items = items[1:]
            self.add_content(items, cell=cell)
            if O.get('shading'):
                shade(cell, O['shading'])
        self.add_blank(None, pr.get('blank_after_table', 1))

    def label_paragraph(self, cell, row, L):
        """The label of a one-column row as the first paragraph of `cell`: style, numbering, instruction."""
        LB = L['labels']
        p = self.first_or_new_paragraph(cell)
        style = row.get('label_style', LB.get('style'))
        if style:
            p.style = self.doc.styles[style]
        self.number_label(p, L, row)
        self.add_inline(p, row['label'], bold=None if style else LB.get('bold'), italic=LB.get('italic'),
                        size=LB.get('size'), color=LB.get('color'), underline=LB.get('underline'))
        if row.get('instruction'):
            p.add_run(' ')
            self.add_inline(p, row['instruction'], italic=True)
        return p

    def render_alternating_practice(self, pr, L, rows):
        """onecolumn.rows "alternating": one column, a label row above each content row."""
        O, LB = L['onecolumn'], L['labels']
        meta_row = bool(O.get('meta_inside') and pr.get('meta'))
        table = self.doc.add_table(rows=2 * len(rows) + (1 if meta_row else 0), cols=1)
        if O.get('style'):
            table.style = self.doc.styles[O['style']]
        table.autofit = False
        self._set_table_grid(table, [Cm(O['width_cm'])])
        ri = 0
        if meta_row:
            self.render_meta_lines(pr, L, cell=table.rows[0].cells[0])
            ri = 1
        for k, row in enumerate(rows):
            ltr, ctr = table.rows[ri + 2 * k], table.rows[ri + 2 * k + 1]
            lcell, cell = ltr.cells[0], ctr.cells[0]
            p = self.label_paragraph(lcell, row, L)
            if O.get('label_keep_with_next', True):
                p.paragraph_format.keep_with_next = True
                ltr._tr.get_or_add_trPr().append(OxmlElement('w:cantSplit'))
            if O.get('label_shading'):
                shade(lcell, O['label_shading'])
            self.add_content(row.get('content'), cell=cell)
            if O.get('shading'):
                shade(cell, O['shading'])
        self.add_blank(None, pr.get('blank_after_table', 1))

    # ---- footnotes -----------------------------------------------------------------------
    def _finish_footnotes(self):
        if not self.footnotes:
            return
        W = nsdecls('w', 'r')
        parts = ['<w:footnotes %s>' % W] + note_separators('footnote')
        fn_part = Part(PackURI('/word/footnotes.xml'),
                       'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                       b'', self.doc.part.package)
        text_style = self.doc.styles['Footnote Text'].style_id
        ref_style = self.doc.styles['Footnote Reference'].style_id
        for i, segs in enumerate(self.footnotes, start=1):
            parts.append(self._note_xml('footnote', i, segs, fn_part, text_style, ref_style))
        parts.append('</w:footnotes>')
        fn_part._blob = ''.join(parts).encode('utf-8')
        self.doc.part.relate_to(fn_part, RT.FOOTNOTES)
        settings = self.doc.settings.element
        if settings.find(qn('w:footnotePr')) is None:
            fp = parse_xml('<w:footnotePr %s><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' % nsdecls('w'))
            # schema order: footnotePr comes after w:characterSpacingControl etc.; appending
            # before compat keeps Word happy
            compat = settings.find(qn('w:compat'))
            if compat is not None:
                compat.addprevious(fp)
            else:
                settings.append(fp)

    def _note_xml(self, kind, number, segs, part, text_style, ref_style):
        """One footnote or endnote (kind) numbered `number`: its text runs, links related to `part`."""
        runs = []
        for seg in segs:
            if seg[0] == 'text':
                runs.append(run_xml(seg[1], seg[2]))
            elif seg[0] == 'link':
                r_id = part.relate_to(seg[1], RT.HYPERLINK, is_external=True)
                inner = ''.join(run_xml(s[1], s[2], link=self.layout['hyperlink']) for s in seg[2] if s[0] == 'text')
                runs.append('<w:hyperlink r:id="%s">%s</w:hyperlink>' % (r_id, inner))
            elif seg[0] == 'br':
                runs.append('<w:r><w:br/></w:r>')
        return ('<w:%s w:id="%d"><w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr>'
                '<w:r><w:rPr><w:rStyle w:val="%s"/><w:vertAlign w:val="superscript"/></w:rPr><w:%sRef/></w:r>'
                '<w:r><w:t xml:space="preserve"> </w:t></w:r>%s</w:p></w:%s>'
                % (kind, number, text_style, ref_style, kind, ''.join(runs), kind))

    # ---- endnotes (footnotes.endnotes) -----------------------------------------------------
    def _add_endnote_ref(self, paragraph, segs):
        if not hasattr(self, 'endnotes'):
            self.endnotes = []
        self.endnotes.append(segs)
        paragraph._p.append(parse_xml(
            '<w:r %s><w:rPr><w:rStyle w:val="EndnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:endnoteReference w:id="%d"/></w:r>' % (nsdecls('w'), len(self.endnotes))))

    def _finish_endnotes(self):
        notes = getattr(self, 'endnotes', None)
        if not notes:
            return
        styles = self.doc.styles
        if 'Endnote Text' not in [s.name for s in styles]:
            st = styles.add_style('Endnote Text', WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = styles['Normal']
            st.font.size = Pt(self.layout['footnotes']['size'])
            st.paragraph_format.space_after = Pt(0)
        if 'Endnote Reference' not in [s.name for s in styles]:
            st = styles.add_style('Endnote Reference', WD_STYLE_TYPE.CHARACTER)
            st.font.superscript = True
        part = Part(PackURI('/word/endnotes.xml'),
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml',
                    b'', self.doc.part.package)
        parts = ['<w:endnotes %s>' % nsdecls('w', 'r')] + note_separators('endnote')
        for i, segs in enumerate(notes, start=1):
            parts.append(self._note_xml('endnote', i, segs, part, styles['Endnote Text'].style_id,
                                        styles['Endnote Reference'].style_id))
        parts.append('</w:endnotes>')
        part._blob = ''.join(parts).encode('utf-8')
        self.doc.part.relate_to(part, RT.ENDNOTES)
        fmt = self.layout['footnotes'].get('endnote_format') or 'lowerRoman'
        settings = self.doc.settings.element
        ep = parse_xml('<w:endnotePr %s><w:numFmt w:val="%s"/><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
                       % (nsdecls('w'), fmt))
        compat = settings.find(qn('w:compat'))
        if compat is not None:
            compat.addprevious(ep)
        else:
            settings.append(ep)
        for sect in self.doc.element.body.iter(qn('w:sectPr')):   # the section's own endnote format
            ep = parse_xml('<w:endnotePr %s><w:numFmt w:val="%s"/></w:endnotePr>' % (nsdecls('w'), fmt))
            after = [c for c in sect if c.tag not in (qn('w:headerReference'), qn('w:footerReference'), qn('w:footnotePr'))]
            after[0].addprevious(ep) if after else sect.append(ep)

    def save(self, path):
        """Save with fixed zip timestamps, so that the same spec gives the same bytes."""
        import io
        import zipfile
        buf = io.BytesIO()
        self.doc.save(buf)
        buf.seek(0)
        out = io.BytesIO()
        with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
                fixed.compress_type = zipfile.ZIP_DEFLATED
                fixed.external_attr = 0o644 << 16
                zout.writestr(fixed, zin.read(info.filename))
        with open(path, 'wb') as f:
            f.write(out.getvalue())


def note_separators(kind):
    """The separator and continuation separator a footnotes.xml or endnotes.xml part opens with."""
    return ['<w:%s w:type="%s" w:id="%d"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:%s/></w:r></w:p></w:%s>' % (kind, t, n, t, kind) for t, n in (('separator', -1), ('continuationSeparator', 0))]


def run_xml(text, fmt, link=None):
    rpr = []
    if link and link.get('style'):
        rpr.append('<w:rStyle w:val="%s"/>' % link['style'].replace(' ', ''))
    if fmt.get('bold'):
        rpr.append('<w:b/>')
    if fmt.get('italic'):
        rpr.append('<w:i/>')
    if link:
        rpr.append('<w:color w:val="%s"/><w:u w:val="single"/>' % link.get('color', '0563C1'))
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (
        ('<w:rPr>%s</w:rPr>' % ''.join(rpr)) if rpr else '', xml_escape(text))


def xml_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tcpr.append(shd)


def load_spec(path):
    with open(path, encoding='utf-8') as f:
        if path.endswith('.json'):
            return json.load(f)
        import yaml
        return yaml.safe_load(f)


def render_file(spec_path, out_path):
    spec = load_spec(spec_path)
    r = Renderer(spec)
    r.render()
    r.save(out_path)
    return out_path


if __name__ == '__main__':
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    render_file(sys.argv[1], sys.argv[2])
