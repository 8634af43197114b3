#!/usr/bin/env python3
"""Checks hand-written gold files of a test compendium set.

usage: check_gold.py SET_DIR [--score /path/to/score.py]

For SET_DIR/gold/gp-NN.json it checks, and prints every problem found:
  - the keys and types are those of the evaluation kit's gold (same keys as its gp-01.json);
  - "number" matches the file name, ISO3 codes look like ISO3, countriesMentioned is sorted and
    unique, personsMentioned unique, no mailto link, no trailing spaces, bullets written "- ";
  - score.py loads the gold and gives 1.0 to a fake output made from the gold itself;
  - every word of every gold text field is in the practice's Tika text (SET.tika.txt), every link
    target or written address is in the Tika text, every footnote is in it and in no gold field;
  - every gold text field matches some text of the content source (SET.yaml) word for word
    (a typo check: the gold is written by hand, the source is what was rendered).
It also warns about countries a name scan of the source finds but countriesMentioned lacks, and
the reverse (English names, plus the iso-codes translations into the set's layout.language).
It never reads the extractor's output.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compendium_render as cr  # noqa: E402

KEYS = ['number', 'region', 'shortTitle', 'author', 'institution', 'dates', 'title', 'countriesInvolved',
        'countries', 'regions', 'sections', 'contactDetails', 'contacts', 'fundingSources', 'materials',
        'links', 'countriesMentioned', 'personsMentioned', 'footnotes']
SECTIONS = ['objectives', 'cooperation', 'methodology', 'innovation', 'sustainability', 'adaptability', 'results']
CONTACT_KEYS = ['name', 'role', 'organization', 'email', 'country']
TEXT_FIELDS = ['shortTitle', 'author', 'institution', 'dates', 'title', 'countriesInvolved', 'contactDetails',
               'fundingSources', 'materials']


ALIASES = {'COD': ['Democratic Republic of the Congo', 'DRC', 'DR Congo', 'Congo-Kinshasa'],
           'COG': ['Congo', 'Republic of the Congo', 'Congo-Brazzaville'], 'KOR': ['Republic of Korea'],
           'CIV': ['C\u00f4te d\u2019Ivoire', "Cote d'Ivoire"], 'TUR': ['Turkey'], 'SWZ': ['Swaziland'],
           'STP': ['S\u00e3o Tom\u00e9 and Pr\u00edncipe'], 'XKX': ['Kosovo'], 'GBR': ['United Kingdom', 'UK'],
           'USA': ['United States', 'USA', 'United States of America'], 'ARE': ['UAE'], 'CPV': ['Cape Verde'],
           'PSE': ['Palestine', 'occupied Palestinian territory', 'oPT'],
           'MDA': ['Republic of Moldova'], 'TZA': ['United Republic of Tanzania'], 'BOL': ['Bolivia'],
           'PRK': ['DPRK'], 'GMB': ['the Gambia', 'The Gambia'], 'FSM': ['Micronesia'], 'IRN': ['Iran'],
           'SYR': ['Syria'], 'RUS': ['Russia'], 'LAO': ['Lao PDR', 'Lao People\u2019s Democratic Republic'], 'VEN': ['Venezuela'], 'CHN': ["People's Republic of China", 'P.R. China']}


# Names the iso-codes translations lack or spell otherwise, per language (the language of a set
# is the spec's `language` key or its layout.language, e.g. "es-ES"; English names are always used).
LOCAL_ALIASES = {
    'es': {'BOL': ['Bolivia', 'Bolivia (Estado Plurinacional de)', 'Estado Plurinacional de Bolivia'],
           'VEN': ['Venezuela', 'Venezuela (República Bolivariana de)', 'República Bolivariana de Venezuela'],
           'CIV': ['Costa de Marfil', 'Côte d\u2019Ivoire', "Côte d'Ivoire"], 'PER': ['Perú', 'Peru'],
           'TUR': ['Türkiye', 'Turquía'], 'COD': ['República Democrática del Congo'], 'COG': ['Congo'],
           'GNB': ['Guinea-Bissau', 'Guinea-Bisáu'], 'USA': ['Estados Unidos', 'Estados Unidos de América'],
           'GBR': ['Reino Unido'], 'KOR': ['República de Corea'], 'LAO': ['República Democrática Popular Lao'],
           'TZA': ['República Unida de Tanzanía', 'Tanzanía'], 'PSE': ['Palestina'], 'IRN': ['Irán'],
           'MDA': ['República de Moldova'], 'SWZ': ['Eswatini'], 'TLS': ['Timor-Leste'], 'CPV': ['Cabo Verde'],
           'NLD': ['Países Bajos'], 'PHL': ['Filipinas'], 'BLZ': ['Belice'], 'PAN': ['Panamá'],
           'MEX': ['México'], 'JPN': ['Japón'], 'HTI': ['Haití'], 'KEN': ['Kenya', 'Kenia'],
           'SYR': ['República Árabe Siria', 'Siria'], 'TUN': ['Túnez']},
    'fr': {'CIV': ['Côte d\u2019Ivoire', "Côte d'Ivoire"], 'CPV': ['Cabo Verde', 'Cap-Vert'],
           'COD': ['République démocratique du Congo', 'RDC', 'RD Congo'], 'COG': ['Congo', 'République du Congo'],
           'NGA': ['Nigéria', 'Nigeria'], 'GNQ': ['Guinée équatoriale'], 'TLS': ['Timor-Leste'],
           'STP': ['Sao Tomé-et-Principe'], 'TUR': ['Türkiye', 'Turquie'], 'CAF': ['République centrafricaine'],
           'USA': ['États-Unis'], 'GBR': ['Royaume-Uni'], 'BOL': ['Bolivie'], 'VEN': ['Venezuela'],
           'KOR': ['République de Corée'], 'TZA': ['République-Unie de Tanzanie'], 'HTI': ['Haïti'],
           'SYR': ['République arabe syrienne', 'Syrie']},
    'pt': {'CIV': ['Costa do Marfim', 'Côte d\u2019Ivoire'], 'CPV': ['Cabo Verde'], 'GNB': ['Guiné-Bissau'],
           'STP': ['São Tomé e Príncipe'], 'GNQ': ['Guiné Equatorial'], 'TLS': ['Timor-Leste'],
           'MOZ': ['Moçambique'], 'COD': ['República Democrática do Congo'], 'USA': ['Estados Unidos'],
           'TUR': ['Türkiye', 'Turquia'], 'BOL': ['Bolívia'], 'VEN': ['Venezuela']},
}


def set_language(spec):
    """'es' for a spec whose language (top-level or in its layout) is 'es-ES', else None."""
    lang = spec.get('language') or (spec.get('layout') or {}).get('language') or ''
    return lang.replace('_', '-').split('-')[0].lower() or None


def country_names(lang=None):
    """(name, iso3) pairs, longest name first, from the iso-codes package plus aliases; with a
    language other than English also the iso-codes translations into that language (the gettext
    catalogues of the iso-codes package) and that language's aliases."""
    pairs = []
    path = '/usr/share/iso-codes/json/iso_3166-1.json'
    trans = None
    if lang and lang != 'en':
        import gettext
        try:
            trans = gettext.translation('iso_3166-1', localedir='/usr/share/locale', languages=[lang])
        except OSError:
            trans = None
    if os.path.exists(path):
        for c in json.load(open(path, encoding='utf-8'))['3166-1']:
            for k in ('name', 'common_name', 'official_name'):
                n = c.get(k)
                if n and ',' not in n:
                    pairs.append((re.sub(r'^the ', '', n), c['alpha_3']))
                if n and trans is not None:
                    t = trans.gettext(n)
                    if t and t != n and ',' not in t:
                        pairs.append((t, c['alpha_3']))
    for iso, names in ALIASES.items():
        pairs.extend((n, iso) for n in names)
    for iso, names in LOCAL_ALIASES.get(lang or '', {}).items():
        pairs.extend((n, iso) for n in names)
    return sorted(set(pairs), key=lambda p: -len(p[0]))


def scan_countries(text, names):
    """Countries named in text: longest names first, each stretch of text used once."""
    found = {}
    taken = [False] * len(text)
    for name, iso in names:
        for m in re.finditer(r'(?<![\w-])' + re.escape(name) + r'(?![\w-])', text):
            if any(taken[m.start():m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            found.setdefault(iso, []).append(name)
    return found


def tokens(s):
    s = unicodedata.normalize('NFKC', s or '').lower().replace('\u2019', "'")
    return re.findall(r'\w+', s)


def f1(a, b):
    g, o = Counter(tokens(a)), Counter(tokens(b))
    if not g and not o:
        return 1.0
    c = sum((g & o).values())
    if not c:
        return 0.0
    p, r = c / sum(o.values()), c / sum(g.values())
    return 2 * p * r / (p + r)


def source_texts(practice):
    """Every candidate text of a practice in the content source, as plain text: the heading, the
    meta values, the introduction and every row's content (and guidance) as the document renders
    it (Word list marks as "- ", "1. ", "a) ", table rows as cells joined by " | ")."""
    out = []
    heading = practice['heading'] if isinstance(practice['heading'], list) else [practice['heading']]
    out.append(cr.plain_text(' '.join(heading)))
    for item in cr.meta_items(practice.get('meta')):
        if isinstance(item[1], list):   # a value written as a bulleted list: its items joined by ", "
            out.append(', '.join(cr.plain_text(v) for v in item[1]))
            continue
        out.append(cr.plain_text(item[1] or ''))
    if practice.get('intro'):
        out.append('\n'.join(cr.rendered_lines(practice['intro'])))
    for row in practice.get('rows') or []:
        out.append('\n'.join(cr.rendered_lines(row.get('content'))
                             + [l for more in row.get('more_content') or [] for l in cr.rendered_lines(more)]))
        if row.get('guidance'):
            out.append('\n'.join(cr.rendered_lines(row.get('guidance'))))
    return out


def footnotes_of(practice):
    notes = []

    def walk(text):
        for seg in cr.parse_inline(text or ''):
            if seg[0] == 'fn':
                notes.append(''.join(s[1] if s[0] == 'text' else
                                     ''.join(x[1] for x in s[2] if x[0] == 'text') if s[0] == 'link' else ''
                                     for s in seg[1]))

    def walk_block(content):
        for it in cr.content_items(content):
            if 'table' in it:
                for row in it['table']:
                    for c in row:
                        walk(c)
            else:
                walk(it['text'])
    heading = practice['heading'] if isinstance(practice['heading'], list) else [practice['heading']]
    for h in heading:
        walk(h)
    walk_block(practice.get('intro'))
    for item in cr.meta_items(practice.get('meta')):
        for v in (item[1] if isinstance(item[1], list) else [item[1]]):   # a bulleted-list value: each item
            walk(v)
    for row in practice.get('rows') or []:
        walk_block(row.get('content'))
        for more in row.get('more_content') or []:   # content rows under a merged label cell
            walk_block(more)
    return notes


NAMES = None


def main():
    global NAMES
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        sys.exit(2)
    set_dir = os.path.abspath(args[0])
    score = args[args.index('--score') + 1] if '--score' in args else '/work/shared/eval/score.py'
    name = os.path.basename(set_dir)
    spec_path = os.path.join(set_dir, name + '.yaml')
    if not os.path.exists(spec_path):
        spec_path = os.path.join(set_dir, name + '.json')
    spec = cr.load_spec(spec_path)
    NAMES = country_names(set_language(spec))
    by_num = {p['number']: p for p in spec['practices']}
    tika = open(os.path.join(set_dir, name + '.tika.txt'), encoding='utf-8').read()
    tika_tokens = set(tokens(tika))
    # a footnote reference mark glued to the word before it ("moyenne2") is dropped in the gold
    tika_tokens |= {re.sub(r'(?<=[^\W\d])\d{1,2}$', '', t) for t in tika_tokens}
    tika_flat = re.sub(r'\s+', '', tika)
    problems = []
    warnings = []
    golds = []
    for path in sorted(glob.glob(os.path.join(set_dir, 'gold', 'gp-*.json'))):
        fn = os.path.basename(path)

        def bad(msg):
            problems.append('%s: %s' % (fn, msg))
        try:
            g = json.load(open(path, encoding='utf-8'))
        except Exception as e:   # noqa: BLE001
            bad('does not load: %s' % e)
            continue
        golds.append(g)
        if sorted(g) != sorted(KEYS):
            bad('keys differ: missing %s, extra %s' % (set(KEYS) - set(g), set(g) - set(KEYS)))
            continue
        if sorted(g['sections']) != sorted(SECTIONS):
            bad('section keys differ')
        if int(re.search(r'gp-(\d+)', fn).group(1)) != g['number']:
            bad('number %s does not match the file name' % g['number'])
        if g['region'] is not None and g['region'] != g['region'].upper():
            bad('region not upper-cased')   # null: a heading without a region
        for k in TEXT_FIELDS:
            v = g[k]
            if v is not None and not isinstance(v, str):
                bad('%s is not a string' % k)
        for k in ['countries', 'countriesMentioned']:
            for c in g[k]:
                if not re.fullmatch(r'[A-Z]{3}', c):
                    bad('%s: %r is not ISO3' % (k, c))
        if g['countriesMentioned'] != sorted(set(g['countriesMentioned'])):
            bad('countriesMentioned not sorted/unique')
        if not set(g['countries']) <= set(g['countriesMentioned']):
            bad('countries %s not all in countriesMentioned' % (set(g['countries']) - set(g['countriesMentioned'])))
        if len(set(g['personsMentioned'])) != len(g['personsMentioned']):
            bad('personsMentioned not unique')
        for c in g['contacts']:
            if sorted(c) != sorted(CONTACT_KEYS):
                bad('contact keys differ: %s' % c)
            if c.get('name') and c['name'] not in g['personsMentioned']:
                bad('contact %s not in personsMentioned' % c['name'])
            if c.get('email') and c['email'] not in (g['contactDetails'] or '') and c['email'] not in tika:
                bad('contact e-mail %s neither in contactDetails nor in the Tika text' % c['email'])
        for u in g['links']:
            if u.startswith('mailto:'):
                bad('mailto link %s' % u)
            if re.sub(r'\s+', '', u) not in tika_flat:
                bad('link %s not in the Tika text' % u)
        if len(set(g['links'])) != len(g['links']):
            bad('links not unique')
        texts = {k: g[k] for k in TEXT_FIELDS if g[k]}
        texts.update({'sections.' + k: v for k, v in g['sections'].items() if v})
        for k, v in texts.items():
            for line in v.split('\n'):
                if line != line.strip():
                    bad('%s: leading/trailing space in %r' % (k, line))
                if re.match(r'^[-\u2022\u25aa\uf0b7]\S', line) or re.match(r'^[\u2022\u25aa\uf0b7]', line):
                    bad('%s: bullet not written "- ": %r' % (k, line))
                if '  ' in line:
                    bad('%s: double space in %r' % (k, line))
            missing = [t for t in tokens(v) if t not in tika_tokens]
            if missing:
                bad('%s: words not in the Tika text: %s' % (k, missing[:8]))
        for note in g['footnotes']:
            if not set(tokens(note)) <= tika_tokens:
                bad('footnote not in the Tika text: %s' % note[:60])
            for k, v in texts.items():
                if len(tokens(note)) > 4 and ' '.join(tokens(note)) in ' '.join(tokens(v)):
                    bad('footnote text inside %s' % k)
        # consistency with the content source
        src = by_num.get(g['number'])
        if src is None:
            bad('no practice %s in the content source' % g['number'])
            continue
        cands = source_texts(src)
        for k, v in texts.items():
            if k in ('shortTitle',):
                continue
            best = max(f1(v, c) for c in cands)
            if best < 1.0:
                bad('%s matches no source text word for word (best F1 %.3f)' % (k, best))
        found = scan_countries('\n'.join(cands + footnotes_of(src)), NAMES)
        for iso, names in sorted(found.items()):
            if iso not in g['countriesMentioned']:
                warnings.append('%s: source names %s (%s), not in countriesMentioned' % (fn, iso, ', '.join(sorted(set(names)))))
        for iso in g['countriesMentioned']:
            if iso not in found:
                warnings.append('%s: %s in countriesMentioned but no country name of the scan found it' % (fn, iso))
        src_notes = footnotes_of(src)
        if [n for n in src_notes] != g['footnotes']:
            bad('footnotes differ from the source: %s vs %s' % (src_notes, g['footnotes']))
    missing = set(by_num) - {g['number'] for g in golds}
    if missing:
        problems.append('no gold for practices %s' % sorted(missing))
    # the scorer must load the gold and give 1.0 to a perfect output
    fake = {'practices': []}
    for g in golds:
        fake['practices'].append({
            'number': g['number'], 'region': g['region'], 'shortTitle': g['shortTitle'], 'author': g['author'],
            'institution': g['institution'], 'dates': g['dates'], 'title': g['title'],
            'countriesInvolved': g['countriesInvolved'], 'countries': [{'iso3': c} for c in g['countries']],
            'regions': g['regions'], 'sections': g['sections'], 'contactDetails': g['contactDetails'],
            'contacts': g['contacts'], 'fundingSources': g['fundingSources'], 'materials': g['materials'],
            'links': [{'url': u} for u in g['links']],
            'entities': {'countries': [{'iso3': c} for c in g['countriesMentioned']],
                         'persons': [{'name': n} for n in g['personsMentioned']]}})
    with tempfile.NamedTemporaryFile('w', suffix='.json', delete=False, encoding='utf-8') as f:
        json.dump(fake, f)
    res = subprocess.run([sys.executable, score, f.name, os.path.join(set_dir, 'gold')], capture_output=True, text=True)
    os.unlink(f.name)
    last = (res.stdout.strip().splitlines() or [''])[-1]
    if res.returncode != 0 or last != 'overall: 1.0000':
        problems.append('score.py on the gold itself: %s %s' % (last, res.stderr[-300:]))
    for w in warnings:
        print('warning: ' + w)
    for p in problems:
        print(p)
    print('%s: %d gold files, %d problems' % (name, len(golds), len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
