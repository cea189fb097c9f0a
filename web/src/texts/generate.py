#!/usr/bin/env python3
"""Generates (run: python3 web/src/texts/generate.py) messages/<bundle>_en/_zh-CN.properties and the bundle interface from web/src/texts/<bundle>.txt.
Lines: key | English pattern | Chinese text ; '#' lines are section comments."""
import re, sys, pathlib
root = pathlib.Path(__file__).resolve().parents[2]  # web/
bundles = {'err': ('ErrMessages', 'errors of the domain, the services and the API'),
           'note': ('NoteMessages', 'warnings, figure names, reasons, notifications, job errors')}
for bundle, (iface, what) in bundles.items():
    src = root / 'src/texts' / (bundle + '.txt')
    en, zh, methods = [], [], []
    keys = set()
    for n, line in enumerate(src.read_text(encoding='utf-8').splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith('#'):
            en.append('\n## ' + line[1:].strip()); zh.append('\n## ' + line[1:].strip()); methods.append('\n    // ' + line[1:].strip())
            continue
        parts = [p.strip() for p in line.split(' | ')]
        if len(parts) != 3:
            sys.exit(f'{src}:{n}: expected key | en | zh: {line}')
        key, e, z = parts
        if key in keys: sys.exit(f'{src}:{n}: duplicate {key}')
        keys.add(key)
        names = re.findall(r'\{(\w+)\}', e)
        znames = re.findall(r'\{(\w+)\}', z)
        if sorted(set(names)) != sorted(set(znames)) or len(names) != len(set(names)):
            sys.exit(f'{src}:{n}: parameters differ or repeat: {names} vs {znames}')
        def esc(s):
            return s.replace('\\', '\\\\')
        en.append(f'{key}={esc(e)}'); zh.append(f'{key}={esc(z)}')
        params = ', '.join('String ' + p for p in names)
        methods.append(f'    @Message\n    String {key}({params});')
    head = f'# {what}: generated from web/src/texts/{bundle}.txt by the script named in docs/i18n.md; edit that file.\n'
    (root / f'src/main/resources/messages/{bundle}_en.properties').write_text(head + '\n'.join(en).lstrip('\n') + '\n', encoding='utf-8')
    (root / f'src/main/resources/messages/{bundle}_zh-CN.properties').write_text(head + '\n'.join(zh).lstrip('\n') + '\n', encoding='utf-8')
    java = f'''package app.ballast.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The {what}, composed in English where they arise and recognised by their English pattern
 * ({{@link Texts}}); Simplified Chinese in messages/{bundle}_zh-CN.properties. Generated with the properties
 * from web/src/texts/{bundle}.txt (docs/i18n.md); every parameter is a String.
 */
@MessageBundle(value = "{bundle}", locale = "en")
public interface {iface} {{
''' + '\n'.join(methods) + '\n}\n'
    (root / f'src/main/java/app/ballast/web/i18n/{iface}.java').write_text(java, encoding='utf-8')
    print(bundle, len(keys))
