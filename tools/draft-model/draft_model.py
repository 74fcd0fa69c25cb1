#!/usr/bin/env python3
"""Drafts the Java sources of calico-model from the facts of the reference CRDs.

Run by hand, never by the build:  python3 draft_model.py <reference-dir> <calico-model/src/main/java>

It writes one Java file per object type and per enumeration, carrying each property's facts (enum,
pattern, bounds, defaults, required, list and map semantics, CEL rules) as annotations scoped to the
releases and API groups they hold for. Descriptions are not copied: Javadoc comes from docs/*.json,
which we wrote, and CEL messages from cel-messages.json, also ours. After drafting, the Java files are
ours and edited by hand; rerunning overwrites them, so prefer editing the Java.
"""
import collections
import json
import os
import re
import sys

import crd_facts as cf
import java_types as jt

HERE = os.path.dirname(os.path.abspath(__file__))
BASE_PKG = 'dev.calicokit.model'
GROUP_ORDER = ['CRD_V1', 'V3', 'NETPOL']
SHARED_K8S = {'Condition', 'LabelSelector', 'LabelSelectorRequirement', 'ConditionStatus', 'LabelSelectorOperator'}
FACT_KEYS = [
    ('type', 'TYPE'), ('format', 'FORMAT'), ('enum', 'ENUM'), ('pattern', 'PATTERN'), ('minimum', 'MINIMUM'),
    ('maximum', 'MAXIMUM'), ('exclusiveMinimum', 'EXCLUSIVE_MINIMUM'), ('exclusiveMaximum', 'EXCLUSIVE_MAXIMUM'),
    ('minLength', 'MIN_LENGTH'), ('maxLength', 'MAX_LENGTH'), ('minItems', 'MIN_ITEMS'), ('maxItems', 'MAX_ITEMS'),
    ('minProperties', 'MIN_PROPERTIES'), ('maxProperties', 'MAX_PROPERTIES'), ('default', 'DEFAULT'),
    ('nullable', 'NULLABLE'), ('x-kubernetes-int-or-string', 'INT_OR_STRING'),
    ('x-kubernetes-preserve-unknown-fields', 'PRESERVE_UNKNOWN_FIELDS'),
    ('x-kubernetes-embedded-resource', 'EMBEDDED_RESOURCE'), ('x-kubernetes-list-type', 'LIST_TYPE'),
    ('x-kubernetes-list-map-keys', 'LIST_MAP_KEYS'), ('x-kubernetes-map-type', 'MAP_TYPE'), ('allOf', 'ALL_OF'),
    ('anyOf', 'ANY_OF')]
STRUCTURAL = {'description', 'properties', 'items', 'additionalProperties', 'required', 'x-kubernetes-validations'}
INT_OR_STRING_PAIR = [{'type': 'integer'}, {'type': 'string'}]


def package_of(kind, tname):
    if tname in SHARED_K8S:
        return 'k8s'
    return cf.package_of(kind)


def node_facts(s):
    """The facts of one schema node: {FACT_KIND: [values]} plus CEL rules."""
    out = {}
    for key, kind in FACT_KEYS:
        if key not in s:
            continue
        v = s[key]
        if key == 'anyOf' and v == INT_OR_STRING_PAIR and s.get('x-kubernetes-int-or-string'):
            continue
        if key in ('enum', 'x-kubernetes-list-map-keys'):
            vals = [str(x) if not isinstance(x, str) else x for x in v]
        elif key in ('default', 'allOf', 'anyOf'):
            vals = [json.dumps(v, separators=(',', ':'), sort_keys=False)]
        elif isinstance(v, bool):
            if not v:
                vals = ['false']
            else:
                vals = []
        elif isinstance(v, float) and v.is_integer():
            vals = [str(int(v))]
        else:
            vals = [str(v)]
        out[kind] = tuple(vals)
    unknown = set(s) - STRUCTURAL - {k for k, _ in FACT_KEYS}
    if unknown:
        raise SystemExit('unhandled schema keywords %s' % unknown)
    cel = tuple(tuple(sorted(r.items())) for r in s.get('x-kubernetes-validations', []))
    return out, cel


class Prop:
    def __init__(self, json_name):
        self.json_name = json_name
        self.present = set()          # scopes (group, release)
        self.facts = collections.defaultdict(dict)   # (node, kind) -> {scope: values}
        self.cels = collections.defaultdict(dict)    # node -> {scope: rules}
        self.schemas = []             # (scope, schema)
        self.child_type = {}          # node -> nested type name


class JType:
    def __init__(self, name, pkg):
        self.name = name
        self.pkg = pkg
        self.props = collections.OrderedDict()
        self.present = set()
        self.kinds = set()
        self.root_facts = collections.defaultdict(dict)
        self.root_cels = {}
        self.kind_info = {}


TYPES = {}
CONFLICTS = []


def record(prop, node, scope, facts, cels, where):
    for kind, vals in facts.items():
        old = prop.facts[(node, kind)].get(scope)
        if old is not None and old != vals:
            CONFLICTS.append((where, prop.json_name, node, kind, scope, old, vals))
        prop.facts[(node, kind)][scope] = vals
    old = prop.cels[node].get(scope)
    if old is not None and old != cels:
        CONFLICTS.append((where, prop.json_name, node, 'CEL', scope, old, cels))
    if cels or old is not None:
        prop.cels[node][scope] = cels


def walk_object(s, path, kind, scope):
    tname = cf.type_name(kind, path)
    pkg = package_of(kind, tname)
    t = TYPES.setdefault(tname, JType(tname, pkg))
    if t.pkg != pkg:
        raise SystemExit('type %s in two packages' % tname)
    t.present.add(scope)
    t.kinds.add(kind)
    required = set(s.get('required', []))
    for n, c in (s.get('properties') or {}).items():
        p = t.props.setdefault(n, Prop(n))
        p.present.add(scope)
        p.schemas.append((scope, c))
        f, cel = node_facts(c)
        if n in required:
            f['REQUIRED'] = ()
        record(p, 'PROPERTY', scope, f, cel, tname)
        sub = path + '/' + n
        if c.get('properties'):
            p.child_type['PROPERTY'] = walk_object(c, sub, kind, scope)
        if 'items' in c:
            fi, celi = node_facts(c['items'])
            record(p, 'ITEMS', scope, fi, celi, tname)
            if c['items'].get('properties'):
                p.child_type['ITEMS'] = walk_object(c['items'], sub + '/*', kind, scope)
            if 'items' in c['items']:
                raise SystemExit('nested lists are not handled: ' + sub)
        ap = c.get('additionalProperties')
        if isinstance(ap, dict):
            fv, celv = node_facts(ap)
            record(p, 'VALUES', scope, fv, celv, tname)
            if ap.get('properties'):
                p.child_type['VALUES'] = walk_object(ap, sub + '/{}', kind, scope)
        elif ap is not None:
            raise SystemExit('boolean additionalProperties at ' + sub)
    for n in required - set((s.get('properties') or {})):
        raise SystemExit('required without property: %s %s' % (tname, n))
    return tname


def build(reference_dir):
    crds = cf.load(reference_dir)
    for (rel, api, kind), (doc, ver) in sorted(crds.items()):
        scope = (cf.GROUPS[api], rel)
        root = ver['schema']['openAPIV3Schema']
        tname = walk_object(root, '', kind, scope)
        t = TYPES[tname]
        f, cel = node_facts(root)
        for k, v in f.items():
            t.root_facts[k][scope] = v
        if cel:
            t.root_cels[scope] = cel
        t.kind_info.setdefault('kinds', {})[scope] = (kind, api, doc['spec']['names']['plural'], doc['spec']['scope'])
        t.kind_info.setdefault('definition', {})[scope] = crd_definition(doc, ver)
        t.kind_info.setdefault('columns', {})[scope] = tuple(
            (c['name'], c['type'], c['jsonPath']) for c in ver.get('additionalPrinterColumns', []))
        t.kind_info.setdefault('annotations', {})[scope] = tuple(sorted(doc['metadata'].get('annotations', {}).items()))
    return crds


def crd_definition(doc, ver):
    """The kind-level facts of one CRD version, as ordered (attribute, Java literal) pairs."""
    names = doc['spec']['names']
    status = doc.get('status')
    block = ''
    if status is not None:
        block = 'nulls' if status.get('conditions') is None else 'empty-lists'
    extra = set(names) - {'kind', 'listKind', 'plural', 'singular', 'shortNames'}
    extra |= set(ver) - {'name', 'served', 'storage', 'schema', 'subresources', 'additionalPrinterColumns', 'selectableFields'}
    extra |= set(ver.get('subresources', {})) - {'status'}
    if extra:
        raise SystemExit('unhandled CRD keys %s' % extra)
    attrs = [('plural', jstr(names['plural'])), ('singular', jstr(names['singular'])), ('listKind', jstr(names['listKind']))]
    if names.get('shortNames'):
        attrs.append(('shortNames', '{' + ', '.join(jstr(x) for x in names['shortNames']) + '}'))
    attrs.append(('namespaced', 'true' if doc['spec']['scope'] == 'Namespaced' else 'false'))
    attrs.append(('version', jstr(ver['name'])))
    if not ver.get('served', True):
        attrs.append(('served', 'false'))
    if not ver.get('storage', True):
        attrs.append(('storage', 'false'))
    if 'status' in ver.get('subresources', {}):
        attrs.append(('statusSubresource', 'true'))
    elif 'subresources' in ver:
        attrs.append(('emptySubresources', 'true'))
    if ver.get('selectableFields'):
        attrs.append(('selectableFields', '{' + ', '.join(jstr(f['jsonPath']) for f in ver['selectableFields']) + '}'))
    if 'preserveUnknownFields' in doc['spec']:
        attrs.append(('preserveUnknownFields', jstr(str(doc['spec']['preserveUnknownFields']).lower())))
    if block:
        attrs.append(('statusBlock', jstr(block)))
    if 'creationTimestamp' in doc['metadata'] and doc['metadata']['creationTimestamp'] is None:
        attrs.append(('nullCreationTimestamp', 'true'))
    return tuple(attrs)


def kind_annotations(t):
    """@CrdDefinition, @PrinterColumn and @CrdAnnotation lines for a kind type."""
    universe = set(t.kind_info['kinds'])
    out = []
    by_value = collections.defaultdict(set)
    for sc, v in t.kind_info['definition'].items():
        by_value[v].add(sc)
    for v in sorted(by_value, key=lambda v: min((GROUP_ORDER.index(g), cf.RELEASES.index(r)) for g, r in by_value[v])):
        for groups, a, b in scope_spans(by_value[v], universe):
            parts = ['%s = %s' % kv for kv in v] + fmt_scope(groups, a, b, universe)
            out.append('@CrdDefinition(' + ', '.join(parts) + ')\n')
    per_col = collections.OrderedDict()
    for sc in sorted(t.kind_info['columns'], key=lambda s: (GROUP_ORDER.index(s[0]), cf.RELEASES.index(s[1]))):
        for pos, col in enumerate(t.kind_info['columns'][sc]):
            per_col.setdefault((col, pos), set()).add(sc)
    for (col, pos), scs in per_col.items():
        for groups, a, b in scope_spans(scs, universe):
            parts = ['name = ' + jstr(col[0]), 'type = ' + jstr(col[1]), 'jsonPath = ' + jstr(col[2]),
                     'position = %d' % pos] + fmt_scope(groups, a, b, universe)
            out.append('@PrinterColumn(' + ', '.join(parts) + ')\n')
    per_ann = collections.OrderedDict()
    for sc in sorted(t.kind_info['annotations'], key=lambda s: (GROUP_ORDER.index(s[0]), cf.RELEASES.index(s[1]))):
        for kv in t.kind_info['annotations'][sc]:
            per_ann.setdefault(kv, set()).add(sc)
    for (k, v), scs in per_ann.items():
        for groups, a, b in scope_spans(scs, universe):
            parts = ['key = ' + jstr(k), 'value = ' + jstr(v)] + fmt_scope(groups, a, b, universe)
            out.append('@CrdAnnotation(' + ', '.join(parts) + ')\n')
    return out


# ---------------------------------------------------------------------------------------------------------
# Scope compression: {scope: value} -> [(value, groups, from, to)], omitting what equals the presence.

def ranges(releases):
    idx = sorted(cf.RELEASES.index(r) for r in releases)
    out = []
    for i in idx:
        if out and out[-1][1] == i - 1:
            out[-1][1] = i
        else:
            out.append([i, i])
    return [(cf.RELEASES[a], cf.RELEASES[b]) for a, b in out]


def scope_spans(scopes, universe):
    """Spans (groups, from, to) covering scopes; () groups means all groups, as precise as the universe."""
    if scopes == universe:
        return [((), None, None)]
    by_group = collections.defaultdict(set)
    for g, r in scopes:
        by_group[g].add(r)
    uni_groups = collections.defaultdict(set)
    for g, r in universe:
        uni_groups[g].add(r)
    spans = collections.defaultdict(list)  # (from,to) -> groups
    for g in GROUP_ORDER:
        if g not in by_group:
            continue
        for a, b in ranges(by_group[g]):
            spans[(a, b)].append(g)
    out = []
    all_groups = [g for g in GROUP_ORDER if g in uni_groups]
    for (a, b), gs in sorted(spans.items(), key=lambda x: cf.RELEASES.index(x[0][0])):
        out.append((tuple(gs) if gs != all_groups else (), a, b))
    return out


def fmt_scope(groups, a, b, universe):
    parts = []
    if groups:
        parts.append('groups = ' + (('ApiGroup.' + groups[0]) if len(groups) == 1 else
                                    '{' + ', '.join('ApiGroup.' + g for g in groups) + '}'))
    rels = sorted({r for _, r in universe}, key=cf.RELEASES.index)
    if a and a != cf.RELEASES[0]:
        parts.append('from = Release.' + rel_const(a))
    if b and b != cf.RELEASES[-1]:
        parts.append('to = Release.' + rel_const(b))
    return parts


def rel_const(r):
    return 'V' + r[1:].replace('.', '_')


def jstr(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'


# ---------------------------------------------------------------------------------------------------------
# Java types.

ENUMS = collections.OrderedDict()   # enum class -> (pkg, values list, case insensitive)


def enum_values_from(prop, node):
    vals = []
    for (nd, kind), by_scope in prop.facts.items():
        if nd != node:
            continue
        if kind == 'ENUM':
            for v in by_scope.values():
                vals.extend(v)
        if kind == 'ALL_OF':
            for v in by_scope.values():
                for part in json.loads(v[0]):
                    vals.extend(part.get('enum', []))
    return vals


def scalar_types(prop, node):
    ts = set()
    for _, s in prop.schemas:
        n = s if node == 'PROPERTY' else s.get('items') if node == 'ITEMS' else s.get('additionalProperties')
        if n is None:
            continue
        ts.add((n.get('type'), n.get('format'), bool(n.get('x-kubernetes-int-or-string'))))
    return ts


def patterns(prop, node):
    return {v[0] for (nd, k), by in prop.facts.items() if nd == node and k == 'PATTERN' for v in by.values()}


def leaf_type(t, prop, node, pkg):
    """Java type of a non-object schema node."""
    key = (t.name, prop.json_name)
    ts = scalar_types(prop, node)
    types = {x[0] for x in ts}
    ios = any(x[2] for x in ts)
    if key in jt.PROTOCOL_FIELDS:
        return 'Protocol'
    if key in jt.PORT_FIELDS:
        return 'Port'
    if ios:
        return 'IntOrString'
    if types == {'string', 'boolean'}:
        return 'StringBoolean'
    if len(types) != 1:
        raise SystemExit('mixed types %s for %s.%s' % (types, t.name, prop.json_name))
    ty = types.pop()
    if ty == 'string':
        enum_cls = jt.ENUM_CLASS.get(key)
        vals = enum_values_from(prop, node)
        if enum_cls is None and vals and key not in jt.ENUM_CLASS:
            if set(vals) <= {'Enabled', 'Disabled'}:
                enum_cls = jt.ENABLED_DISABLED
            else:
                raise SystemExit('enum without class name: %s.%s %s' % (t.name, prop.json_name, vals))
        if enum_cls:
            epkg = 'k8s' if enum_cls in SHARED_K8S else pkg
            known = list(jt.EXTRA_ENUM_VALUES.get(enum_cls, []))
            old = ENUMS.get(enum_cls, (epkg, [], False))[1]
            for v in old + vals:
                if v not in known:
                    known.append(v)
            ENUMS[enum_cls] = (epkg, known, enum_cls in jt.CASE_INSENSITIVE_ENUMS)
            return enum_cls
        if key in jt.CIDR_FIELDS or any(x[1] == 'cidr' for x in ts):
            return 'Cidr'
        if key in jt.IP_FIELDS:
            return 'IpAddress'
        if key in jt.DURATION_FIELDS or any(jt.is_duration_pattern(p) and 'Auto' not in p for p in patterns(prop, node)):
            return 'GoDuration'
        if (prop.json_name.endswith('Selector') or prop.json_name in ('selector', 'notSelector')) and pkg == 'calico':
            return 'Selector'
        return 'String'
    if ty == 'integer':
        fmts = {x[1] for x in ts}
        # Go declares mark masks uint32 although their CRD format says int32: 0xffff0000 must fit. AS
        # numbers are unsigned 32-bit too (up to 4294967295).
        unsigned = prop.json_name.endswith('Mask') or prop.json_name in ('asNumber', 'localASNumber')
        return 'Integer' if fmts == {'int32'} and not unsigned else 'Long'
    if ty == 'number':
        return 'BigDecimal'
    if ty == 'boolean':
        return 'Boolean'
    if ty == 'object':
        return 'Unstructured'
    if ty == 'array':
        raise SystemExit('array leaf ' + t.name + '.' + prop.json_name)
    raise SystemExit('type %s at %s.%s' % (ty, t.name, prop.json_name))


def prop_java_type(t, p):
    """(java type text, kind) where kind is one of single, list, map."""
    ts = scalar_types(p, 'PROPERTY')
    types = {x[0] for x in ts}
    if p.json_name == 'metadata' and t.kind_info:
        return 'ObjectMeta', 'single'
    if 'PROPERTY' in p.child_type:
        return p.child_type['PROPERTY'], 'single'
    if types == {'array'}:
        if 'ITEMS' in p.child_type:
            return p.child_type['ITEMS'], 'list'
        return leaf_type(t, p, 'ITEMS', t.pkg), 'list'
    if types == {'object'} and any('additionalProperties' in s for _, s in p.schemas):
        if 'VALUES' in p.child_type:
            return p.child_type['VALUES'], 'map'
        return leaf_type(t, p, 'VALUES', t.pkg), 'map'
    return leaf_type(t, p, 'PROPERTY', t.pkg), 'single'


IMPLIED_JSON = {'String': 'string', 'Integer': 'integer', 'Long': 'integer', 'Boolean': 'boolean',
                'BigDecimal': 'number', 'Cidr': 'string', 'IpAddress': 'string', 'GoDuration': 'string',
                'Selector': 'string', 'Unstructured': 'object', 'ObjectMeta': 'object'}


def implied_json_type(jtype, shape):
    if shape == 'list':
        return 'array'
    if shape == 'map':
        return 'object'
    if jtype in ('IntOrString', 'Port', 'Protocol', 'StringBoolean'):
        return None
    if jtype in IMPLIED_JSON:
        return IMPLIED_JSON[jtype]
    if jtype in ENUMS:
        return 'string'
    return 'object'


# ---------------------------------------------------------------------------------------------------------
# Emission.

def load_docs():
    docs = {}
    d = os.path.join(HERE, 'docs')
    for f in os.listdir(d):
        if f.endswith('.json'):
            docs[f[:-5]] = json.load(open(os.path.join(d, f)))
    return docs


def load_order():
    p = os.path.join(HERE, 'field-order.json')
    return json.load(open(p)) if os.path.exists(p) else {}


def load_cel_messages():
    p = os.path.join(HERE, 'cel-messages.json')
    return json.load(open(p)) if os.path.exists(p) else {}


def javadoc(text, indent):
    text = (text or '').strip().replace('*/', '* /')
    text = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    words = text.split()
    lines, cur = [], ''
    for w in words:
        if len(cur) + len(w) + 1 > 96 - len(indent):
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w).strip()
    if cur:
        lines.append(cur)
    if not lines:
        return ''
    if len(lines) == 1 and len(lines[0]) < 90 - len(indent):
        return indent + '/** ' + lines[0] + ' */\n'
    return indent + '/**\n' + ''.join(indent + ' * ' + l + '\n' for l in lines) + indent + ' */\n'


def fact_annotations(prop_facts, prop_cels, universe, indent, cel_messages, where):
    out = []
    for (node, kind) in sorted(prop_facts, key=lambda x: (['PROPERTY', 'ITEMS', 'VALUES'].index(x[0]),
                                                          [k for _, k in FACT_KEYS + [('', 'REQUIRED')]].index(x[1]))):
        by_scope = prop_facts[(node, kind)]
        by_value = collections.defaultdict(set)
        for sc, v in by_scope.items():
            by_value[v].add(sc)
        for v in sorted(by_value, key=lambda v: min(cf.RELEASES.index(r) for _, r in by_value[v])):
            for groups, a, b in scope_spans(by_value[v], universe):
                parts = ['kind = FactKind.' + kind]
                if v:
                    parts.append('value = ' + (jstr(v[0]) if len(v) == 1 else '{' + ', '.join(jstr(x) for x in v) + '}'))
                parts += fmt_scope(groups, a, b, universe)
                if node != 'PROPERTY':
                    parts.append('node = SchemaNode.' + node)
                out.append(indent + '@Fact(' + ', '.join(parts) + ')\n')
    for node in ['PROPERTY', 'ITEMS', 'VALUES']:
        by_scope = prop_cels.get(node)
        if not by_scope:
            continue
        per_rule = collections.OrderedDict()
        for sc in sorted(by_scope, key=lambda s: (GROUP_ORDER.index(s[0]), cf.RELEASES.index(s[1]))):
            for pos, rule in enumerate(by_scope[sc]):
                per_rule.setdefault((rule, pos), set()).add(sc)
        for (rule, pos), scs in per_rule.items():
            r = dict(rule)
            for groups, a, b in scope_spans(scs, universe):
                msg = cel_messages.get(r['rule'])
                if msg is None:
                    raise SystemExit('no message of ours for CEL rule %r (%s)' % (r['rule'], where))
                parts = ['rule = ' + jstr(r['rule']), 'message = ' + jstr(msg)]
                for k, attr in (('messageExpression', 'messageExpression'), ('fieldPath', 'fieldPath'), ('reason', 'reason')):
                    if k in r:
                        parts.append(attr + ' = ' + jstr(r[k]))
                if r.get('optionalOldSelf'):
                    parts.append('optionalOldSelf = true')
                extra = set(r) - {'rule', 'message', 'messageExpression', 'fieldPath', 'reason', 'optionalOldSelf'}
                if extra:
                    raise SystemExit('CEL keys %s' % extra)
                parts += fmt_scope(groups, a, b, universe)
                if node != 'PROPERTY':
                    parts.append('node = SchemaNode.' + node)
                if pos:
                    parts.append('position = %d' % pos)
                out.append(indent + '@Cel(' + ', '.join(parts) + ')\n')
    return out


def presence_annotations(present, universe, indent):
    if present == universe:
        return []
    return [indent + '@Present(' + ', '.join(fmt_scope(g, a, b, universe)) + ')\n'
            for g, a, b in scope_spans(present, universe)]


HAND_WRITTEN_BEGIN = '  // Written by hand: the drafting script carries this block over when it redrafts the file.\n'
HAND_WRITTEN_END = '  // End of the hand-written block.\n'


def pkg_of(t):
    return BASE_PKG + '.' + t.pkg


def hand_written_block(out_dir, pkg, name):
    """The marked hand-written block of the file being redrafted, markers included, or ''."""
    path = os.path.join(out_dir, *pkg.split('.'), name + '.java')
    if not os.path.exists(path):
        return ''
    text = open(path).read()
    start = text.find(HAND_WRITTEN_BEGIN)
    end = text.find(HAND_WRITTEN_END)
    if start < 0 or end < start:
        return ''
    return text[start:end + len(HAND_WRITTEN_END)]


def emit_type(t, out_dir, docs, order, cel_messages):
    pkg = BASE_PKG + '.' + t.pkg
    doc = docs.get(t.name, {})
    fdocs = doc.get('fields', {})
    names = list(t.props)
    want = order.get(t.name, [])
    names.sort(key=lambda n: (want.index(n) if n in want else len(want) + sorted(t.props).index(n)))
    is_kind = bool(t.kind_info)
    imports = {'com.fasterxml.jackson.annotation.JsonAnyGetter', 'com.fasterxml.jackson.annotation.JsonProperty',
               'com.fasterxml.jackson.annotation.JsonPropertyOrder',
               'com.fasterxml.jackson.databind.annotation.JsonDeserialize',
               'com.fasterxml.jackson.databind.annotation.JsonSerialize', 'dev.calicokit.model.style.CalicoStyle',
               'com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder', 'com.fasterxml.jackson.annotation.JsonAutoDetect',
               'dev.calicokit.model.Unstructured', 'java.util.Map', 'org.immutables.value.Value'}
    body = []
    numbers = []  # (java name, 'single' or 'list', boxed type): attributes that get long overloads
    universe = t.present
    mandatory_spec = False
    for n in names:
        p = t.props[n]
        jtype, shape = prop_java_type(t, p)
        jname = jt.java_name(n)
        # A TYPE fact where the Java type leaves the JSON type open or differs from it.
        implied = implied_json_type(jtype, shape)
        tfacts = p.facts.get(('PROPERTY', 'TYPE'), {})
        if all(v == (implied,) for v in tfacts.values()) and len(tfacts) == len(p.present):
            p.facts.pop(('PROPERTY', 'TYPE'), None)
        for node in ('ITEMS', 'VALUES'):
            nf = p.facts.get((node, 'TYPE'), {})
            leaf_implied = 'object' if node in p.child_type else implied_json_type(jtype, 'single')
            if nf and all(v == (leaf_implied,) for v in nf.values()) and len(nf) == len(p.present):
                p.facts.pop((node, 'TYPE'), None)
        required_everywhere = (len(p.facts.get(('PROPERTY', 'REQUIRED'), {})) == len(p.present) and p.present == universe)
        lines = []
        d = fdocs.get(n)
        if d:
            lines.append(javadoc(d, '  '))
        lines.append('  @JsonProperty("%s")\n' % n)
        lines += presence_annotations(p.present, universe, '  ')
        lines += fact_annotations(p.facts, p.cels, p.present, '  ', cel_messages, t.name + '.' + n)
        if is_kind and n in ('apiVersion', 'kind'):
            continue  # declared by hand below, with defaults
        if is_kind and n == 'metadata':
            imports.add('dev.calicokit.model.ObjectMeta')
            imports.add('com.fasterxml.jackson.annotation.JsonInclude')
            imports.add('dev.calicokit.model.internal.EmptyValueFilter')
            lines.append('  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyValueFilter.class)\n')
            lines.append('  @Value.Default\n  @Override\n  default ObjectMeta metadata() {\n    return ObjectMeta.empty();\n  }\n')
            body.append(''.join(lines))
            continue
        if jtype in ('BigDecimal',):
            imports.add('java.math.BigDecimal')
        if jtype in ('Cidr', 'IpAddress', 'Port', 'Protocol', 'IntOrString', 'GoDuration', 'Selector', 'StringBoolean', 'Quantity'):
            imports.add('dev.calicokit.model.values.' + jtype)
        if jtype in ENUMS and ENUMS[jtype][0] != t.pkg:
            imports.add(BASE_PKG + '.' + ENUMS[jtype][0] + '.' + jtype)
        if jtype in p.child_type.values() and TYPES[jtype].pkg != t.pkg:
            imports.add(BASE_PKG + '.' + TYPES[jtype].pkg + '.' + jtype)
        if shape == 'list':
            imports.add('java.util.List')
            nullable_items = any(v == () for v in p.facts.get(('ITEMS', 'NULLABLE'), {}).values())
            if nullable_items:
                imports.add('dev.calicokit.model.internal.AllowNulls')
                lines.append('  @AllowNulls\n')
            lines.append('  List<%s> %s();\n' % (jtype, jname))
            if jtype == 'Long' and nullable_items:
                numbers.append((jname, 'list', jtype))  # items that may be null keep Immutables' boxed adder
        elif shape == 'map':
            lines.append('  Map<String, %s> %s();\n' % (jtype, jname))
        elif is_kind and n == 'spec' and not required_everywhere and not has_mandatory(TYPES.get(jtype)):
            imports.add('com.fasterxml.jackson.annotation.JsonInclude')
            imports.add('dev.calicokit.model.internal.EmptyValueFilter')
            lines.append('  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyValueFilter.class)\n')
            lines.append('  @Value.Default\n  default %s spec() {\n    return %s.builder().build();\n  }\n' % (jtype, jtype))
        elif required_everywhere or (is_kind and n == 'spec'):
            if is_kind and n == 'spec':
                mandatory_spec = True
            lines.append('  %s %s();\n' % (jtype, jname))
            if jtype in ('Long', 'BigDecimal'):
                numbers.append((jname, 'single', jtype))
        else:
            imports.add('java.util.Optional')
            lines.append('  Optional<%s> %s();\n' % (jtype, jname))
            if jtype in ('Long', 'BigDecimal'):
                numbers.append((jname, 'single', jtype))
        body.append(''.join(lines))
    # Header.
    head = []
    tdoc = doc.get('type') or ('Part of a Calico resource: ' + t.name + '.')
    head.append(javadoc(tdoc, ''))
    head.append('@Value.Immutable\n@CalicoStyle\n')
    head.append('@JsonSerialize(as = Immutable%s.class)\n@JsonDeserialize(builder = %s.Builder.class)\n' % (t.name, t.name))
    head.append('@JsonPropertyOrder({' + ', '.join('"%s"' % n for n in names) + '})\n')
    supers = ['With' + t.name]
    if is_kind:
        supers.append('CalicoResource')
        imports.add('dev.calicokit.model.CalicoResource')
        kinds = t.kind_info['kinds']
        head += presence_annotations(set(kinds), set((g, r) for g in GROUP_ORDER for r in cf.RELEASES if (g, r) in kinds) | set(kinds), '')
        head += [l for l in fact_annotations({('PROPERTY', k): v for k, v in t.root_facts.items() if k != 'TYPE'},
                                             {'PROPERTY': t.root_cels}, set(kinds), '', cel_messages, t.name)]
        head += kind_annotations(t)
    else:
        supers.append('HasUnknownFields')
        imports.add('dev.calicokit.model.HasUnknownFields')
    head.append('public interface %s extends %s {\n' % (t.name, ', '.join(supers)))
    tail = []
    if is_kind:
        kinds = t.kind_info['kinds']
        by_api = collections.OrderedDict()
        for sc in sorted(kinds, key=lambda s: (GROUP_ORDER.index(s[0]), cf.RELEASES.index(s[1]))):
            kind, api, plural, scope = kinds[sc]
            by_api[api] = (kind, plural, scope)
        default_api = 'projectcalico.org/v3' if 'projectcalico.org/v3' in by_api or t.pkg == 'calico' else list(by_api)[-1]
        default_kind = t.name
        tail.append('  /** The apiVersion written when none is set: {@value}. */\n')
        tail.append('  String DEFAULT_API_VERSION = "%s";\n\n' % default_api)
        tail.append('  /** The kind name under projectcalico.org/v3 and in Java: {@value}. */\n')
        tail.append('  String KIND = "%s";\n\n' % default_kind)
        storage = [k for a, (k, _, _) in by_api.items() if a == 'crd.projectcalico.org/v1']
        if storage and storage[0] != default_kind:
            tail.append('  /** The kind name under crd.projectcalico.org/v1: {@value}. */\n')
            tail.append('  String CRD_KIND = "%s";\n\n' % storage[0])
        tail.append('  @JsonProperty("apiVersion")\n  @Value.Default\n  @Override\n  default String apiVersion() {\n'
                    '    return DEFAULT_API_VERSION;\n  }\n\n')
        if storage and storage[0] != default_kind:
            tail.append('  /** {@value #KIND}, or {@value #CRD_KIND} when the apiVersion is crd.projectcalico.org/v1. */\n')
            tail.append('  @JsonProperty("kind")\n  @Value.Derived\n  @Override\n  default String kind() {\n'
                        '    return apiVersion().startsWith("crd.") ? CRD_KIND : KIND;\n  }\n\n')
        else:
            tail.append('  /** {@value #KIND}: the kind follows from the Java type (and group), so it is not set. */\n')
            tail.append('  @JsonProperty("kind")\n  @Value.Derived\n  @Override\n  default String kind() {\n'
                        '    return KIND;\n  }\n\n')
    tail.append('  /** Fields read that this model does not know, kept to be written back. */\n')
    tail.append('  @JsonAnyGetter\n  @Override\n  Map<String, Unstructured> unknownFields();\n\n')
    kept = hand_written_block(out_dir, pkg_of(t), t.name)
    if kept:
        tail.append(kept + '\n')
        for sym, imp in (('ObjectMeta.', BASE_PKG + '.ObjectMeta'), ('Cidr.', BASE_PKG + '.values.Cidr'),
                         ('Selector.', BASE_PKG + '.values.Selector')):
            if sym in kept:
                imports.add(imp)
    withs, builds = long_overloads(t.name, numbers)
    tail += withs
    tail.append('  /** A new builder. */\n  static Builder builder() {\n    return new Builder();\n  }\n\n')
    tail.append('  /** Builds {@link %s} values; {@code build()} fails naming any required field left unset. */\n' % t.name)
    tail.append('  @JsonPOJOBuilder(withPrefix = "")\n  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)\n')
    if is_kind:
        # Reading dispatched on kind already; the derived kind() writes it back.
        imports.add('com.fasterxml.jackson.annotation.JsonIgnoreProperties')
        tail.append('  @JsonIgnoreProperties({"kind"})\n')
    if builds:
        tail.append('  final class Builder extends Immutable%s.Builder {\n%s  }\n' % (t.name, '\n'.join(builds)))
    else:
        tail.append('  final class Builder extends Immutable%s.Builder {}\n' % t.name)
    src = 'package %s;\n\n' % pkg
    static_imports = []
    text_body = '\n'.join(body)
    for sym, imp in (('FactKind.', 'dev.calicokit.model.schema.FactKind'), ('@Fact(', 'dev.calicokit.model.schema.Fact'),
                     ('@Cel(', 'dev.calicokit.model.schema.Cel'), ('ApiGroup.', 'dev.calicokit.model.schema.ApiGroup'),
                     ('Release.', 'dev.calicokit.model.schema.Release'), ('SchemaNode.', 'dev.calicokit.model.schema.SchemaNode'),
                     ('@Present(', 'dev.calicokit.model.schema.Present'),
                     ('@CrdDefinition(', 'dev.calicokit.model.schema.CrdDefinition'),
                     ('@PrinterColumn(', 'dev.calicokit.model.schema.PrinterColumn'),
                     ('@CrdAnnotation(', 'dev.calicokit.model.schema.CrdAnnotation')):
        if sym in text_body or sym in ''.join(head):
            imports.add(imp)
    for i in sorted(imports):
        if i.rsplit('.', 1)[0] != pkg:
            src += 'import %s;\n' % i
    src += '\n' + ''.join(head) + text_body + ('\n' if body else '') + ''.join(tail) + '}\n'
    write(out_dir, pkg, t.name, src)


def long_overloads(type_name, numbers):
    """The with-ers (for the interface) and builder setters taking a long for whole-number attributes.

    Immutables' own take the boxed Long or BigDecimal (the style accepts null for Optional attributes),
    which an int literal does not convert to; a long parameter takes every int by widening.
    """
    withs, builds = [], []
    for jname, shape, boxed in numbers:
        conv = ('BigDecimal.valueOf(%s)' if boxed == 'BigDecimal' else 'Long.valueOf(%s)')
        if shape == 'list':
            # Immutables' depluralized adder name: allocations -> addAllocation.
            single = jname[:-1] if jname.endswith('s') and not jname.endswith(('ss', 'ies')) else jname
            adder = 'add' + single[0].upper() + single[1:]
            builds.append('    /** Adds to {@link %s#%s()} any whole number, an {@code int} too. */\n'
                          '    public Builder %s(long element) {\n      return %s(Long.valueOf(element));\n    }\n'
                          % (type_name, jname, adder, adder))
            continue
        w = 'with' + jname[0].upper() + jname[1:]
        withs.append('  /** A copy with {@link #%s()} set to any whole number, an {@code int} too. */\n'
                     '  default %s %s(long value) {\n    return %s(%s);\n  }\n' % (jname, type_name, w, w, conv % 'value'))
        builds.append('    /** Sets {@link %s#%s()} to any whole number, an {@code int} too. */\n'
                      '    public Builder %s(long %s) {\n      return %s(%s);\n    }\n'
                      % (type_name, jname, jname, jname, jname, conv % jname))
    if withs:
        withs = ['  // Immutables\' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an\n'
                 '  // int literal does not convert to; these overloads take a long, which every int widens to.\n'
                 + '\n'.join(withs) + '\n']
    return withs, builds


def has_mandatory(t):
    if t is None:
        return False
    for p in t.props.values():
        req = p.facts.get(('PROPERTY', 'REQUIRED'), {})
        if len(req) == len(p.present) and p.present == t.present:
            return True
    return False


def emit_enum(name, pkg_short, values, case_insensitive, out_dir, docs):
    pkg = BASE_PKG + '.' + pkg_short
    edoc = docs.get('enums', {}).get(name, {})
    d = edoc.get('type') or 'The values Calico accepts for this setting; unknown values are kept.'
    vdocs = edoc.get('values', {})
    consts = []
    for v in values:
        c = re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', v).upper() if v else 'EMPTY'
        c = re.sub(r'[^A-Z0-9_]', '_', c)
        if c[0].isdigit():
            c = 'V' + c
        consts.append((c, v))
    src = 'package %s;\n\nimport com.fasterxml.jackson.annotation.JsonCreator;\nimport dev.calicokit.model.values.OpenEnum;\n' % pkg
    src += 'import java.util.List;\n\n'
    src += javadoc(d + ' A value this library does not know is kept as read; see {@link OpenEnum}.', '')
    src += 'public final class %s extends OpenEnum {\n' % name
    for c, v in consts:
        vd = vdocs.get(v)
        src += (javadoc('{@code %s}: %s' % (v or '""', vd), '  ') if vd else '  /** {@code %s}. */\n' % (v or '""'))
        src += '  public static final %s %s = new %s("%s", true);\n\n' % (name, c, name, v)
    src += '  private static final List<%s> KNOWN = List.of(%s);\n\n' % (name, ', '.join(c for c, _ in consts))
    src += '  private %s(String value, boolean known) {\n    super(value, known);\n  }\n\n' % name
    cmp = 'equalsIgnoreCase' if case_insensitive else 'equals'
    src += ('  /**\n   * The constant for a known value, or a new value kept as given.%s\n   */\n'
            % (' Known values match without regard to case, as Calico reads them, and keep the case given.'
               if case_insensitive else ''))
    src += '  @JsonCreator\n  public static %s of(String value) {\n' % name
    src += '    for (%s known : KNOWN) {\n      if (known.value().equals(value)) {\n        return known;\n      }\n    }\n' % name
    if case_insensitive:
        src += '    for (%s known : KNOWN) {\n      if (known.value().equalsIgnoreCase(value)) {\n        return new %s(value, true);\n      }\n    }\n' % (name, name)
    src += '    return new %s(value, false);\n  }\n\n' % name
    src += '  /** Every value this version of the library knows. */\n  public static List<%s> knownValues() {\n    return KNOWN;\n  }\n}\n' % name
    write(out_dir, pkg, name, src)


def write(out_dir, pkg, name, src):
    d = os.path.join(out_dir, *pkg.split('.'))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.java'), 'w') as f:
        f.write(src)


def main():
    ref, out_dir = sys.argv[1], sys.argv[2]
    build(ref)
    if CONFLICTS:
        for c in CONFLICTS[:40]:
            print('CONFLICT', c)
        raise SystemExit('%d conflicting facts' % len(CONFLICTS))
    docs, order, cel_messages = load_docs(), load_order(), load_cel_messages()
    for t in TYPES.values():
        for p in t.props.values():
            prop_java_type(t, p)  # registers enums
    for t in TYPES.values():
        emit_type(t, out_dir, docs, order, cel_messages)
    for name, (pkg, values, ci) in ENUMS.items():
        emit_enum(name, pkg, values, ci, out_dir, docs)
    print('%d types, %d enums' % (len(TYPES), len(ENUMS)))


if __name__ == '__main__':
    main()
