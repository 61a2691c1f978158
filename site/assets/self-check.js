// "Check your CV" on a role page: which of the role's requirements a CV shows, read exactly as
// `hirekit screen` reads it, in the browser. Nothing is sent anywhere and nothing is stored.
//
// The build writes the role's compiled terms into the page (#self-check-terms: key sequences with
// the Swift matcher's abbreviations, hyphen groupings, British spellings and stems already applied)
// and the matcher's word lists into self-check-rules.js. This script repeats the rest of the Swift
// matcher (HireKitScreening): TextNormalizer's lines, normalisation and tokens, MatchKey with the
// Snowball English stemmer (libstemmer 2.2.0), FillerWords, Negation and PhraseMatcher. Without
// JavaScript the section stays hidden. Tests/browser/test_self_check.py checks the two agree.
(function (global) {
  'use strict';

  // ---- Snowball English (Porter2) stemmer, as libstemmer 2.2.0 ships it ----
  var EXCEPTIONS1 = new Map([['skis', 'ski'], ['skies', 'sky'], ['dying', 'die'], ['lying', 'lie'], ['tying', 'tie'],
    ['idly', 'idl'], ['gently', 'gentl'], ['ugly', 'ugli'], ['early', 'earli'], ['only', 'onli'], ['singly', 'singl'],
    ['sky', 'sky'], ['news', 'news'], ['howe', 'howe'], ['atlas', 'atlas'], ['cosmos', 'cosmos'], ['bias', 'bias'],
    ['andes', 'andes']]);
  var EXCEPTIONS2 = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']);
  // Step 2 and 3 endings, longest first (Snowball's `among` takes the longest that matches).
  var STEP2 = [['ization', 'ize'], ['ational', 'ate'], ['fulness', 'ful'], ['ousness', 'ous'], ['iveness', 'ive'],
    ['tional', 'tion'], ['biliti', 'ble'], ['lessli', 'less'], ['entli', 'ent'], ['ation', 'ate'], ['alism', 'al'],
    ['aliti', 'al'], ['ousli', 'ous'], ['iviti', 'ive'], ['fulli', 'ful'], ['enci', 'ence'], ['anci', 'ance'],
    ['abli', 'able'], ['izer', 'ize'], ['ator', 'ate'], ['alli', 'al'], ['bli', 'ble'], ['ogi', 'og'], ['li', '']];
  var STEP3 = [['ational', 'ate'], ['tional', 'tion'], ['alize', 'al'], ['icate', 'ic'], ['iciti', 'ic'],
    ['ative', ''], ['ical', 'ic'], ['ness', ''], ['ful', '']];
  var STEP4 = ['ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive',
    'ize', 'ion', 'al', 'er', 'ic'];
  var DOUBLES = ['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt'];

  function vowel(c) { return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y'; }
  // The ending of w is a short syllable: consonant, vowel, consonant other than w, x or Y; or a
  // word of vowel + consonant.
  function shortv(w) {
    var n = w.length;
    if (n < 2 || vowel(w[n - 1]) || !vowel(w[n - 2])) return false;
    return n === 2 || (!vowel(w[n - 3]) && 'wxY'.indexOf(w[n - 1]) < 0);
  }
  function longest(w, list) {
    for (var i = 0; i < list.length; i++) {
      var s = typeof list[i] === 'string' ? list[i] : list[i][0];
      if (w.length >= s.length && w.slice(-s.length) === s) return i;
    }
    return -1;
  }
  function hasVowel(s) { for (var i = 0; i < s.length; i++) if (vowel(s[i])) return true; return false; }

  function stem(word) {
    if (EXCEPTIONS1.has(word)) return EXCEPTIONS1.get(word);
    if (Array.from(word).length < 3) return word;
    // Prelude: no leading apostrophe; a y that starts the word or follows a vowel is a consonant (Y).
    var w = word[0] === "'" ? word.slice(1) : word;
    var chars = w.split('');
    for (var i = 0; i < chars.length; i++) {
      if (chars[i] === 'y' && (i === 0 || vowel(chars[i - 1]))) chars[i] = 'Y';
    }
    w = chars.join('');
    // Regions: R1 after the first non-vowel following a vowel (or after gener, commun, arsen); R2 the same within R1.
    var p1 = w.length, p2 = w.length;
    var prefix = /^(gener|commun|arsen)/.exec(w);
    var after = function (from) {
      var j = from;
      while (j < w.length && !vowel(w[j])) j++;
      while (j < w.length && vowel(w[j])) j++;
      return j < w.length ? j + 1 : -1;
    };
    var r = prefix ? prefix[0].length : after(0);
    if (r >= 0) { p1 = r; var r2 = after(p1); if (r2 >= 0) p2 = r2; }
    var end = function (s) { return w.length >= s.length && w.slice(-s.length) === s; };

    // Step 1a
    if (end("'s'")) w = w.slice(0, -3); else if (end("'s")) w = w.slice(0, -2); else if (end("'")) w = w.slice(0, -1);
    if (end('sses')) w = w.slice(0, -2);
    else if (end('ied') || end('ies')) w = w.slice(0, -3) + (w.length - 3 >= 2 ? 'i' : 'ie');
    else if (end('us') || end('ss')) { /* kept */ }
    else if (end('s') && w.length >= 2 && hasVowel(w.slice(0, -2))) w = w.slice(0, -1);

    if (!EXCEPTIONS2.has(w)) {
      // Step 1b
      var s1b = longest(w, ['eedly', 'ingly', 'edly', 'eed', 'ing', 'ed']);
      if (s1b === 0 || s1b === 3) {
        var len = s1b === 0 ? 5 : 3;
        if (w.length - len >= p1) w = w.slice(0, -len) + 'ee';
      } else if (s1b > 0) {
        var base = w.slice(0, -['eedly', 'ingly', 'edly', 'eed', 'ing', 'ed'][s1b].length);
        if (hasVowel(base)) {
          w = base;
          if (end('at') || end('bl') || end('iz')) w += 'e';
          else if (DOUBLES.indexOf(w.slice(-2)) >= 0) w = w.slice(0, -1);
          else if (w.length === p1 && shortv(w)) w += 'e';
        }
      }
      // Step 1c
      var last = w[w.length - 1];
      if ((last === 'y' || last === 'Y') && w.length >= 3 && !vowel(w[w.length - 2])) w = w.slice(0, -1) + 'i';
      // Step 2
      var k = longest(w, STEP2);
      if (k >= 0 && w.length - STEP2[k][0].length >= p1) {
        var before = w[w.length - STEP2[k][0].length - 1];
        if (STEP2[k][0] === 'ogi') { if (before === 'l') w = w.slice(0, -3) + 'og'; }
        else if (STEP2[k][0] === 'li') { if (before && 'cdeghkmnrt'.indexOf(before) >= 0) w = w.slice(0, -2); }
        else w = w.slice(0, -STEP2[k][0].length) + STEP2[k][1];
      }
      // Step 3
      k = longest(w, STEP3);
      if (k >= 0 && w.length - STEP3[k][0].length >= p1) {
        if (STEP3[k][0] !== 'ative' || w.length - 5 >= p2) w = w.slice(0, -STEP3[k][0].length) + STEP3[k][1];
      }
      // Step 4
      k = longest(w, STEP4);
      if (k >= 0 && w.length - STEP4[k].length >= p2) {
        if (STEP4[k] !== 'ion') w = w.slice(0, -STEP4[k].length);
        else if (w[w.length - 4] === 's' || w[w.length - 4] === 't') w = w.slice(0, -3);
      }
      // Step 5
      if (end('e')) {
        if (w.length - 1 >= p2 || (w.length - 1 >= p1 && !shortv(w.slice(0, -1)))) w = w.slice(0, -1);
      } else if (end('l')) {
        if (w.length - 1 >= p2 && w[w.length - 2] === 'l') w = w.slice(0, -1);
      }
    }
    return w.replace(/Y/g, 'y');
  }

  // ---- TextNormalizer: lines, normalisation, words ----
  var NON_ASCII = /[^\x00-\x7f]/;
  var ALPHA = /\p{Alphabetic}/u, WORD = /[\p{Alphabetic}\p{Nd}\p{Mn}\p{Mc}]/u, DIGIT = /\p{Nd}/u, DASH = /\p{Pd}/u;
  var SPECIAL = { 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ß': 'ss' };

  function lines(text) { return text.split(/\r\n|[\n\v\f\r\u0085\u2028\u2029]/); }

  function normalizeLine(line) {
    if (!NON_ASCII.test(line)) return line.toLowerCase().replace(/\t/g, ' ').replace(/`/g, "'");
    var out = '';
    for (var c of line.normalize('NFKC')) {
      var u = c.codePointAt(0);
      if (u === 0x2212 || u === 0x2043 || u === 0xFE63 || u === 0xFF0D) out += '-';
      else if ([0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x60, 0xB4, 0x2BC].indexOf(u) >= 0) out += "'";
      else if ([0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0xAB, 0xBB].indexOf(u) >= 0) out += '"';
      else if ([0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF].indexOf(u) >= 0) continue;
      else if (u === 9) out += ' ';
      else out += DASH.test(c) ? '-' : c;
    }
    out = out.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC');
    return out.replace(/[øæœłđðþıß]/g, function (c) { return SPECIAL[c]; });
  }

  var BREAKS = new Set('.,;:!?|()[]{}\u2022\u00B7\u25CF\u25AA\u25E6'.split(''));
  function isLetter(c) {
    if (c === undefined) return false;
    var u = c.charCodeAt(0) | 0x20;
    return c < '\x80' ? u >= 97 && u <= 122 : ALPHA.test(c);
  }
  function isDigit(c) { return c !== undefined && (c < '\x80' ? c >= '0' && c <= '9' : DIGIT.test(c)); }
  function isWord(c) { return c !== undefined && (c < '\x80' ? isLetter(c) || isDigit(c) : WORD.test(c)); }

  // The words of one normalised line, each marked when a phrase break comes before it.
  function scan(line) {
    var ch = Array.from(line), words = [], i = 0, sawBreak = false;
    while (i < ch.length) {
      var startsWithDot = ch[i] === '.' && isLetter(ch[i + 1]) && (i === 0 || ch[i - 1] === ' ');
      if (!isWord(ch[i]) && !startsWithDot) {
        if (BREAKS.has(ch[i]) || (ch[i] === '-' && !isWord(ch[i - 1]) && !isWord(ch[i + 1]))) sawBreak = true;
        i++;
        continue;
      }
      var start = i++;
      while (i < ch.length) {
        var c = ch[i];
        if (isWord(c)) { i++; continue; }
        var b = ch[i - 1], a = ch[i + 1];
        var joins = c === '-' || c === "'" || c === '&' ? isLetter(b) && isLetter(a)
          : c === '/' ? isDigit(b) && isDigit(a) : c === '.' ? isWord(b) && isWord(a) : false;
        if (!joins) break;
        i++;
      }
      var e = i;
      while (e < ch.length && (ch[e] === '+' || ch[e] === '#')) e++;
      if (e > i && !isWord(ch[e])) i = e;
      if (isDigit(ch[i - 1]) && ch[i] === '%') i++;
      words.push({ text: ch.slice(start, i).join(''), brk: sawBreak });
      sawBreak = false;
    }
    return { words: words, endsWithBreak: sawBreak };
  }

  // ---- The matcher: keys, negation, phrases ----
  function Matcher(rules) {
    var british = new Map(Object.entries(rules.britishWords));
    var collisions = new Map(Object.entries(rules.stemCollisions));
    var endings = new Set(rules.britishIsEndings), cues = new Set(rules.negationCues);
    var fillers = new Set(rules.fillerKeys), cache = new Map();

    function american(word) {
      if (british.has(word)) return british.get(word);
      if (Array.from(word).length <= 5 || word.indexOf('is') < 0) return word;
      for (var i = 0; i < rules.britishIsStems.length; i++) {
        var s = rules.britishIsStems[i];
        if (word.startsWith(s) && endings.has(word.slice(s.length))) return s.slice(0, -1) + 'z' + word.slice(s.length);
      }
      return word;
    }
    function key(token) {
      var known = cache.get(token);
      if (known !== undefined) return known;
      var result = token;
      if (ALPHA.test(token)) {
        var joined = token.replace(/-/g, '');
        result = joined;
        if (/^[\p{Alphabetic}']+$/u.test(joined)) {
          var am = american(joined), own = collisions.get(/'s$/.test(am) ? am.slice(0, -2) : am);
          result = own !== undefined ? own : stem(am);
        }
      }
      cache.set(token, result);
      return result;
    }

    // Per token, whether a negation cue stands at most `reach` words before it in its clause.
    var CLAUSE_ENDS = '.,;:!?()|\u2022/';
    function negated(tokens, normalized) {
      var out = new Array(tokens.length).fill(false), start = 0;
      while (start < tokens.length) {
        var line = tokens[start].line, end = start;
        while (end < tokens.length && tokens[end].line === line) end++;
        var cue = false;
        for (var t = start; t < end; t++) if (cues.has(tokens[t].text)) cue = true;
        if (cue) {
          var text = normalized[line - 1], cursor = 0, clause = 0, clauses = [];
          for (t = start; t < end; t++) {
            var at = text.indexOf(tokens[t].text, cursor);
            if (at >= 0) {
              for (var j = cursor; j < at; j++) if (CLAUSE_ENDS.indexOf(text[j]) >= 0) clause++;
              cursor = at + tokens[t].text.length;
            }
            clauses.push(clause);
          }
          for (var o = 0; o < end - start; o++) {
            var word = tokens[start + o].text;
            if (!cues.has(word)) continue;
            if (word === 'no' && o + 1 < clauses.length) {
              var next = tokens[start + o + 1].text;
              if (clauses[o + 1] !== clauses[o] || next === 'of' || /\p{N}/u.test(next)) continue;
            }
            for (var n = o + 1; n < end - start && n <= o + rules.negationReach && clauses[n] === clauses[o]; n++) out[start + n] = true;
          }
        }
        start = end;
      }
      return out;
    }

    // Reads a CV: for each target (requirement i, or the experience terms last), the first three
    // distinct lines where one of its key sequences occurs as a phrase, not negated.
    this.check = function (text, terms, reference) {
      var raw = lines(text), normalized = raw.map(normalizeLine), tokens = [], lineEndsClause = false;
      normalized.forEach(function (line, index) {
        var scanned = scan(line);
        scanned.words.forEach(function (word, offset) {
          tokens.push({ text: word.text, line: index + 1,
            brk: tokens.length > 0 && (word.brk || (offset === 0 && lineEndsClause)) });
        });
        lineEndsClause = scanned.words.length === 0 || scanned.endsWithBreak;
      });
      var targets = terms.requirements.map(function (r) { return r.keys; }).concat([terms.experience]);
      var phrases = new Map(), vocabulary = new Set(), longestPhrase = 0;
      targets.forEach(function (sequences, target) {
        sequences.forEach(function (sequence) {
          var parts = sequence.split(' ');
          parts.forEach(function (part) { vocabulary.add(part); });
          longestPhrase = Math.max(longestPhrase, parts.length);
          if (!phrases.has(sequence)) phrases.set(sequence, []);
          if (phrases.get(sequence).indexOf(target) < 0) phrases.get(sequence).push(target);
        });
      });
      var no = negated(tokens, normalized), found = targets.map(function () { return []; }), read = [];
      tokens.forEach(function (token, position) {
        if (token.brk) read = [];
        var k = key(token.text);
        if (fillers.has(k)) return;
        if (!vocabulary.has(k)) { read = []; return; }
        read.push({ key: k, position: position });
        var phrase = '';
        for (var length = 1; length <= Math.min(longestPhrase, read.length); length++) {
          var first = read[read.length - length];
          phrase = length === 1 ? first.key : first.key + ' ' + phrase;
          var hit = phrases.get(phrase);
          if (hit && !no[first.position]) {
            hit.forEach(function (target) { found[target].push([first.position, position, token.line, tokens[first.position].line]); });
          }
        }
      });
      var evidence = found.map(function (matches) {
        matches.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
        var seen = [];
        matches.forEach(function (m) { if (seen.length < 3 && seen.indexOf(m[3]) < 0) seen.push(m[3]); });
        return seen.map(function (n) { return { line: n, text: raw[n - 1].trim() }; });
      });
      var read = structure(raw, normalized, reference || today());
      var titleLines = new Set(found[targets.length - 1].map(function (m) { return m[3]; }));
      var dateLines = [];
      read.ranges.forEach(function (r) { for (var n = r.line; n <= r.endLine; n++) dateLines.push(n); });
      // A job counts as relevant when a line of its heading (up to two above its dates, one below)
      // names the role, another name for it or a background it values (RoleScreener.headingLines).
      var relevant = read.ranges.filter(function (r) {
        var previous = Math.max.apply(null, [0].concat(dateLines.filter(function (n) { return n < r.line; })));
        var next = Math.min.apply(null, [Infinity].concat(dateLines.filter(function (n) { return n > r.endLine; })));
        for (var n = Math.max(previous + 1, r.line - 2); n <= Math.min(next - 1, r.endLine + 1); n++) if (titleLines.has(n)) return true;
        return false;
      });
      var quoted = [];
      (relevant.length ? relevant : read.ranges).forEach(function (r) {
        if (quoted.length < 3 && !quoted.some(function (q) { return q.line === r.line; })) quoted.push({ line: r.line, text: raw[r.line - 1].trim(), dates: r.text });
      });
      var levels = rules.educationLevels.map(function (l) { return l[0]; }), best = read.education;
      var relevantYears = years(relevant);
      return {
        requirements: terms.requirements.map(function (r, i) {
          return { name: r.name, required: r.required, knockout: r.knockout, synonyms: r.synonyms,
                   met: evidence[i].length > 0, evidence: evidence[i] };
        }),
        experience: evidence[targets.length - 1],
        years: { relevant: relevantYears, all: years(read.ranges), minimum: terms.minimumYears,
                 met: relevantYears >= terms.minimumYears, evidence: quoted },
        education: { level: best ? best.level : 'none', name: rules.educationLevels[levels.indexOf(best ? best.level : 'none')][1],
                     met: levels.indexOf(best ? best.level : 'none') >= levels.indexOf(terms.minimumEducation),
                     minimum: rules.educationLevels[levels.indexOf(terms.minimumEducation)][1], evidence: best }
      };
    };

    // ---- What else screening reads: sections, employment dates, education (CVStructure) ----
    // The Swift patterns are ICU's, where \w and \b are Unicode's. A line of ASCII, most of them, is
    // matched by the pattern as JavaScript reads it, the same on ASCII; other lines by one with \w
    // and \b spelt out, made at first need (V8 takes a long time to make such case-insensitive classes).
    var W = '\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\u200c\\u200d';
    var BOUNDARY = '(?:(?<=[' + W + '])(?![' + W + '])|(?<![' + W + '])(?=[' + W + ']))';
    function unicodeRegExp(source) {
      var out = '', inClass = false;
      for (var i = 0; i < source.length; i++) {
        var c = source[i];
        if (c === '\\') {
          var e = source[++i];
          out += e === 'w' ? (inClass ? W : '[' + W + ']') : e === 'b' && !inClass ? BOUNDARY : e === 'x' ? '\\u' : '\\' + e;
        } else {
          if (c === '[') inClass = true; else if (c === ']') inClass = false;
          out += c;
        }
      }
      return out;
    }
    // Returns a function giving, for a line, the pattern to run and the text to run it on: the line
    // itself, or (not ASCII) the line in lower case with a pattern that ignores no case, far quicker
    // to make than a case-insensitive one over all of Unicode's letters. Lower case that changes the
    // line's length (a dotted capital I) takes the slow one.
    function icu(source) {
      var ascii = new RegExp(source.replace(/\\x\{([0-9A-Fa-f]+)\}/g, function (_, hex) { return '\\u' + ('000' + hex).slice(-4); }), 'gi');
      var lower = null, folded = null;
      return function (text) {
        var pattern = ascii, subject = text;
        if (NON_ASCII.test(text)) {
          subject = text.toLowerCase();
          if (subject.length === text.length) pattern = lower || (lower = new RegExp(unicodeRegExp(source), 'gu'));
          else { subject = text; pattern = folded || (folded = new RegExp(unicodeRegExp(source), 'giu')); }
        }
        pattern.lastIndex = 0;
        return { pattern: pattern, text: subject };
      };
    }
    var dateRange = icu(rules.dateRange), loneStart = icu(rules.loneStartDate);
    var education = rules.education.map(function (e) { return [e[0], icu(e[1])]; });
    var inSection = rules.educationInSection.map(function (e) { return [e[0], icu(e[1])]; });
    var headings = new Map(Object.entries(rules.sectionHeadings));
    var MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    var BULLETS = '•-*▪·◦‣●○■□➢✓>';

    function today() { var d = new Date(); return d.getUTCFullYear() * 12 + d.getUTCMonth(); }
    function headingKind(text) {
      if (Array.from(text).length > 60) return undefined;
      var words = /^[\x00-\x7f]*$/.test(text) ? text.replace(/&/g, ' and ').split(/[^a-z]+/i).filter(Boolean)
        : text.replace(/&/g, ' and ').split(/[^\p{L}]+/u).filter(Boolean);
      if (words.length > 3 && words.every(function (w) { return Array.from(w).length === 1; })) return headings.get(words.join(''));
      return words.length && words.length <= 6 ? headings.get(words.join(' ')) : undefined;
    }
    function heading(line) {
      var text = line.replace(/^[ \t]+|[ \t]+$/g, '');
      if (text && BULLETS.indexOf(Array.from(text)[0]) >= 0) return null;
      var kind = headingKind(text);
      if (kind) return { kind: kind, inline: false };
      var colon = text.indexOf(':');
      if (colon >= 0 && (kind = headingKind(text.slice(0, colon))) && text.slice(colon + 1).trim()) return { kind: kind, inline: true };
      return null;
    }
    function month(name, digits) {
      if (digits !== undefined) { var value = parseInt(digits, 10); return value >= 1 && value <= 12 ? value : null; }
      if (name === undefined) return 0;
      var index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
      return index < 0 ? null : index + 1;
    }
    function rangesIn(text, first, last, now) {
      var out = [];
      var run = dateRange(text);
      for (var m of run.text.matchAll(run.pattern)) {
        var g = m.groups, start = month(g.smn, g.smd), end;
        if (start === null) continue;
        var from = parseInt(g.sy, 10) * 12 + (start || 1) - 1;
        if (g.now !== undefined) end = now;
        else {
          var stop = month(g.emn, g.emd), endYear = parseInt(g.ey, 10);
          if (stop === null) continue;
          end = stop ? endYear * 12 + stop : endYear === parseInt(g.sy, 10) && !start ? from + 12 : endYear * 12;
        }
        end = Math.min(end, now);
        if (end > from) out.push({ start: from, end: end, line: first, endLine: last, text: text.substr(m.index, m[0].length) });
      }
      return out;
    }
    function years(ranges) {
      var total = 0, covered = null;
      ranges.slice().sort(function (a, b) { return a.start - b.start; }).forEach(function (r) {
        if (covered && r.start <= covered[1]) covered[1] = Math.max(covered[1], r.end);
        else { if (covered) total += covered[1] - covered[0]; covered = [r.start, r.end]; }
      });
      if (covered) total += covered[1] - covered[0];
      return Math.round(total / 12 * 10) / 10;
    }
    function structure(raw, normalized, reference) {
      var sections = [], now = reference + 1;
      normalized.forEach(function (line, index) {
        var h = heading(line);
        if (!h) return;
        if (sections.length) sections[sections.length - 1].last = index;
        sections.push({ kind: h.kind, first: h.inline ? index + 1 : index + 2, last: raw.length });
      });
      function numbers(kinds) {
        var set = new Set();
        sections.forEach(function (s) { if (kinds.indexOf(s.kind) >= 0) for (var n = s.first; n <= Math.max(s.first, s.last); n++) set.add(n); });
        return set;
      }
      var experienceLines = numbers(['experience']), other = numbers(['education', 'certifications', 'volunteering', 'awards', 'projects']);
      var employment = [];
      raw.forEach(function (text, i) {
        if (experienceLines.size ? experienceLines.has(i + 1) : !other.has(i + 1)) employment.push({ number: i + 1, text: text });
      });
      var ranges = [];
      for (var i = 0; i < employment.length; i++) {
        var found = rangesIn(employment[i].text, employment[i].number, employment[i].number, now);
        if (found.length) { ranges = ranges.concat(found); continue; }
        var lone = loneStart(employment[i].text);
        if (!lone.pattern.test(lone.text)) continue;
        var joined = employment[i].text.trim();
        for (var last = i + 1; last < Math.min(i + 3, employment.length); last++) {
          var next = employment[last].text.trim();
          if (employment[last].number !== employment[i].number + (last - i) || Array.from(next).length > 24) break;
          joined += ' ' + next;
          var split = rangesIn(joined, employment[i].number, employment[last].number, now);
          if (split.length) { ranges.push(split[0]); i = last; break; }
        }
      }
      var educationLines = numbers(['education', 'certifications']), scope = numbers(['summary']);
      educationLines.forEach(function (n) { scope.add(n); });
      var levels = rules.educationLevels.map(function (l) { return l[0]; }), best = null;
      raw.forEach(function (text, i) {
        if (educationLines.size && !scope.has(i + 1)) return;
        var level = -1, line = normalized[i];
        education.concat(educationLines.has(i + 1) ? inSection : []).forEach(function (e) {
          var run = e[1](line);
          if (run.pattern.test(run.text)) level = Math.max(level, levels.indexOf(e[0]));
        });
        if (level >= 0 && (!best || level > levels.indexOf(best.level))) best = { level: levels[level], line: i + 1, text: text.trim() };
      });
      return { ranges: ranges, education: best };
    }
    this.key = key;
  }

  // HireKitCV's TextNormalizer, which every CV file goes through: "\n" line ends, blanks collapsed to
  // one space (a tab to one tab), controls dropped, lines trimmed, no blank line twice or at either end.
  var CONTROLS = /[\x00-\x08\x0e-\x1f\x7f-\x9f\xad\u200b-\u200d\u2060\ufeff]/g;
  var BLANKS = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
  // `origin`, when given, gets the number of the line of `text` each line of the result comes from.
  function tidy(text, origin) {
    var out = [], from = [];
    text.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/).forEach(function (line, index) {
      line = line.replace(CONTROLS, '').replace(BLANKS, function (run) { return run.indexOf('\t') < 0 ? ' ' : '\t'; })
        .replace(/^[ \t]|[ \t]$/g, '');
      if (line || (out.length && out[out.length - 1])) { out.push(line); from.push(index + 1); }
    });
    if (out.length && !out[out.length - 1]) out.pop();
    if (origin) origin.push.apply(origin, from.slice(0, out.length));
    return out.join('\n');
  }

  var api = { stem: stem, normalizeLine: normalizeLine, scan: scan, tidy: tidy, Matcher: Matcher };
  if (typeof module === 'object' && module.exports) module.exports = api;
  global.HireKitSelfCheck = api;
  if (typeof document === 'undefined') return;

  // ---- The page ----
  var section = document.getElementById('self-check');
  var data = document.getElementById('self-check-terms');
  if (!section || !data || !global.hirekitMatchRules) return;
  var terms = JSON.parse(data.textContent), matcher = new Matcher(global.hirekitMatchRules);
  // A job under the title of another role on this track is relevant experience too.
  terms.experience = terms.experience.concat(global.hirekitTrackTitles || []);
  var form = section.querySelector('form'), cv = form.elements.namedItem('cv'), file = form.elements.namedItem('file');
  var status = document.getElementById('self-check-status'), result = document.getElementById('self-check-result');
  api.terms = terms;
  // `asOf` ("2026-11") is what "present" means in the CV's dates; this month when left out.
  api.check = function (text, asOf) {
    var parts = /^(\d{4})-(\d{2})$/.exec(asOf || '');
    return matcher.check(text, terms, parts ? parts[1] * 12 + (parts[2] - 1) : undefined);
  };
  section.hidden = false;

  function el(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }
  function list(items, required) {
    var ul = el('ul', '', { class: 'self-check-list' });
    items.filter(function (r) { return r.required === required; }).forEach(function (r) {
      var li = el('li', '', { 'data-requirement': r.name, 'data-met': String(r.met), class: r.met ? 'met' : 'missing' });
      li.appendChild(el('strong', (r.met ? 'Shown: ' : 'Not found: ') + r.name));
      if (r.met) {
        li.appendChild(el('span', ' Line ' + at(r.evidence[0].line) + ' of your CV: '));
        li.appendChild(el('q', r.evidence[0].text, { class: 'evidence' }));
      } else {
        li.appendChild(el('span', r.synonyms.length ? ' Words that would count: ' + r.synonyms.join(', ') + '.'
          : ' Name it in your CV if you have it.', { class: 'would-count' }));
      }
      ul.appendChild(li);
    });
    return ul;
  }

  var at = function (line) { return line; };
  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  function show(text) {
    if (!text.trim()) { result.hidden = true; status.textContent = 'Paste your CV or choose a file first.'; return; }
    // Lines are numbered as in the box: blank lines hirekit drops are counted.
    var origin = [], started = performance.now(), checked = api.check(tidy(text, origin)), ms = performance.now() - started;
    at = function (line) { return origin[line - 1]; };
    var all = checked.requirements, required = all.filter(function (r) { return r.required; });
    var shown = required.filter(function (r) { return r.met; }).length;
    var extra = all.filter(function (r) { return !r.required && r.met; }).length;
    result.textContent = '';
    result.setAttribute('data-check-ms', ms.toFixed(1));
    result.appendChild(el('h3', 'Required'));
    result.appendChild(list(all, true));
    if (all.length > required.length) { result.appendChild(el('h3', 'Nice to have')); result.appendChild(list(all, false)); }
    var years = checked.years, education = checked.education;
    result.appendChild(el('h3', 'Experience and education we read'));
    var facts = el('ul', '', { class: 'self-check-read' });
    var yearsItem = el('li', plural(years.relevant, 'year') + ' in jobs like this one (' + plural(years.all, 'year')
      + ' of work in all)' + (years.minimum > 0 ? '; this role asks for at least ' + plural(years.minimum, 'year') : '') + '.',
      { 'data-requirement': 'Experience', 'data-met': String(years.met) });
    facts.appendChild(yearsItem);
    years.evidence.forEach(function (e) {
      var li = el('li', 'Dates on line ' + at(e.line) + ': ');
      li.appendChild(el('q', e.text, { class: 'evidence' }));
      facts.appendChild(li);
    });
    if (!years.all) facts.appendChild(el('li', 'We found no dates for your jobs: write each job with its dates, such as \u201cMarch 2021 \u2013 Present\u201d.'));
    else if (!checked.experience.length) facts.appendChild(el('li', 'No line of your CV names this job, another name for it or a background this role counts: give each job its title next to its dates.'));
    var educationItem = el('li', (education.evidence ? education.name + ', line ' + at(education.evidence.line) + ': ' : 'No education found')
      + (education.evidence ? '' : '; this role asks for: ' + education.minimum + '.'),
      { 'data-requirement': 'Education', 'data-met': String(education.met) });
    if (education.evidence) educationItem.appendChild(el('q', education.evidence.text, { class: 'evidence' }));
    facts.appendChild(educationItem);
    result.appendChild(facts);
    result.appendChild(el('h3', 'What a screen weighs most'));
    var missingEssential = all.filter(function (r) { return r.knockout && !r.met; });
    result.appendChild(el('p', terms.weighs + (missingEssential.length
      ? ' Your CV does not show ' + missingEssential.map(function (r) { return r.name; }).join(' or ') + ' yet: if you have it, say so in your own words.'
      : '')));
    result.hidden = false;
    status.textContent = 'Checked: your CV shows ' + shown + ' of ' + required.length + ' required skills'
      + (all.length > required.length ? ' and ' + extra + ' of ' + (all.length - required.length) + ' nice-to-have skills' : '')
      + '. The list below says which, and what would count for the others.';
  }

  // ---- Files, read in the browser as HireKitCV reads them ----
  function kids(node) { return Array.prototype.filter.call(node.childNodes, function (c) { return c.nodeType === 1; }); }
  function among(name, list) { return list.indexOf(name) >= 0; }

  // HTMLWalker: blocks and <br> end lines, list items start "- ", table cells join with " | ".
  var SKIPPED = 'head title script style noscript template svg math iframe object embed canvas select option input button meta link base'.split(' ');
  var BLOCKS = 'address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer form header hgroup hr html legend main nav ol p pre section summary table tbody tfoot thead tr ul'.split(' ');
  function htmlText(root) {
    var lines = [], current = '';
    function breakLine() { if (/\S/.test(current)) lines.push(current); current = ''; }
    function collapse(text, edges) {
      var words = text.split(/\s+/).filter(Boolean), out = words.join(' ');
      if (!edges) return out;
      return (/^\s/.test(text) ? ' ' : '') + out + (/\s$/.test(text) && words.length ? ' ' : '');
    }
    function walk(node, pre) {
      node.childNodes.forEach(function (child) {
        if (child.nodeType === 3 || child.nodeType === 4) {
          var text = child.nodeValue;
          if (pre) text.split('\n').forEach(function (part, index) { if (index) breakLine(); current += part; });
          else current += /\s/.test(text) ? collapse(text, true) : text;
          return;
        }
        if (child.nodeType !== 1) return;
        var name = child.localName.toLowerCase();
        if (among(name, SKIPPED)) return;
        if (name === 'br') breakLine();
        else if (name === 'img') {
          var alt = collapse(child.getAttribute('alt') || ''), lower = alt.toLowerCase();
          if ((lower.match(/\p{L}/gu) || []).length >= 2 && !among(lower, ['image', 'img', 'photo', 'picture', 'pic', 'logo', 'icon', 'spacer', 'avatar', 'headshot', 'profile picture'])
              && !/\.(jpg|jpeg|png|gif|svg|webp)$/.test(lower)) { breakLine(); current = '[photo: ' + alt + ']'; breakLine(); }
        } else if (name === 'li') { breakLine(); current = '- '; walk(child, pre); breakLine(); }
        else if (name === 'td' || name === 'th') { if (current.trim()) current += ' | '; walk(child, pre); }
        else if (name === 'pre') { breakLine(); walk(child, true); breakLine(); }
        else if (/^h[1-6]$/.test(name)) { breakLine(); if (lines.length) lines.push(''); walk(child, pre); breakLine(); }
        else { var block = among(name, BLOCKS); if (block) breakLine(); walk(child, pre); if (block) breakLine(); }
      });
    }
    walk(root, false);
    breakLine();
    return lines.join('\n');
  }

  // MarkdownTextExtractor: fences, rules and markup dropped, links keep their address.
  var MARKDOWN = [[/!\[([^\]]*)\]\([^)]*\)/g, '[photo: $1]'], [/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, '$1 ($2)'],
    [/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2'], [/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1'],
    [/(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/g, '$1'], [/`([^`]*)`/g, '$1'], [/\[photo: \s*\]/g, '']];
  function markdownText(text) {
    var out = [], fence = false;
    text.replace(/\r\n/g, '\n').split('\n').forEach(function (raw) {
      var line = raw.replace(/^[\s\u0085]+|[\s\u0085]+$/g, '');
      if (/^(```|~~~)/.test(line)) { fence = !fence; return; }
      if (fence) { out.push(line); return; }
      if (Array.from(line).length >= 3 && /^[=\-*_|: ]+$/.test(line)) return;
      var hashes = /^#{1,6} /.exec(line);
      if (hashes) line = line.replace(/^[# ]+|[# ]+$/g, '');
      while (line[0] === '>') line = line.slice(1).trim();
      if (/^[*+] /.test(line)) line = '- ' + line.slice(2);
      MARKDOWN.forEach(function (rewrite) { line = line.replace(rewrite[0], rewrite[1]); });
      out.push(line);
    });
    return out.join('\n');
  }

  // DOCXTextExtractor: headers, body, footers; paragraphs are lines, rows of one-line cells "a | b",
  // text boxes after their paragraph, one choice of each mc:AlternateContent, only w:t text.
  function isW(n) { return /\/wordprocessingml\/2006\/main$/.test(n.namespaceURI || '') || n.namespaceURI === 'http://purl.oclc.org/ooxml/wordprocessingml/main'; }
  function isMC(n) { return /\/markup-compatibility\/2006$/.test(n.namespaceURI || ''); }
  function alternative(n) {
    var options = kids(n).filter(isMC);
    return options.filter(function (o) { return o.localName === 'Choice'; })[0] || options.filter(function (o) { return o.localName === 'Fallback'; })[0];
  }
  function wordLines(root) {
    var lines = [];
    function each(node, word, other) {
      kids(node).forEach(function (c) {
        if (isW(c)) word(c, c.localName);
        else if (isMC(c) && c.localName === 'AlternateContent') { var chosen = alternative(c); if (chosen) other(chosen); }
        else other(c);
      });
    }
    function blocks(node) {
      each(node, function (c, name) {
        if (name === 'p') paragraph(c);
        else if (name === 'tbl') table(c);
        else if (!among(name, ['sectPr', 'pPr', 'rPr', 'tblPr', 'del', 'moveFrom'])) blocks(c);
      }, blocks);
    }
    function paragraph(p) {
      var state = { text: '', anchored: [] }, style = (kids(p).filter(function (c) { return c.localName === 'pPr'; })[0] || null);
      style = style && kids(style)[0] && kids(style).filter(function (c) { return c.localName === 'pStyle'; })[0];
      var value = style && Array.prototype.filter.call(style.attributes, function (a) { return a.localName === 'val'; })[0];
      inline(p, state);
      if (value && (/^Heading/.test(value.value) || value.value === 'Title') && lines.length) lines.push('');
      lines.push.apply(lines, state.text.split('\n').concat(state.anchored));
    }
    function inline(node, state) {
      each(node, function (c, name) {
        if (name === 't') state.text += Array.prototype.filter.call(c.childNodes, function (t) { return t.nodeType === 3 || t.nodeType === 4; }).map(function (t) { return t.nodeValue; }).join('');
        else if (name === 'tab' || name === 'ptab') state.text += '\t';
        else if (name === 'br' || name === 'cr') state.text += '\n';
        else if (name === 'noBreakHyphen') state.text += '-';
        else if (name === 'txbxContent') state.anchored = state.anchored.concat(wordLines(c));
        else if (!among(name, ['delText', 'instrText', 'del', 'moveFrom', 'rPr', 'pPr', 'fldData'])) inline(c, state);
      }, function (c) { inline(c, state); });
    }
    function descendants(node, name, stop) {
      var found = [];
      kids(node).filter(isW).forEach(function (c) {
        if (c.localName === name) found.push(c);
        else if (!among(c.localName, [stop, 'tblPr', 'trPr', 'tcPr'])) found = found.concat(descendants(c, name, stop));
      });
      return found;
    }
    function table(t) {
      descendants(t, 'tr', 'tbl').forEach(function (row) {
        var cells = descendants(row, 'tc', 'tbl').map(function (cell) { return wordLines(cell).filter(function (l) { return l.trim(); }); });
        if (cells.every(function (c) { return c.length <= 1; })) {
          if (!cells.every(function (c) { return !c.length; })) lines.push(cells.map(function (c) { return c[0] || ''; }).join(' | '));
        } else cells.forEach(function (c) { if (c.length) lines.push.apply(lines, c.concat([''])); });
      });
      lines.push('');
    }
    blocks(root);
    return lines;
  }
  async function docxText(buffer) {
    var view = new DataView(buffer), bytes = new Uint8Array(buffer), end = -1, parts = {};
    for (var i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) if (view.getUint32(i, true) === 0x06054b50) { end = i; break; }
    if (end < 0) throw new Error('it is not a Word file');
    for (var n = 0, at = view.getUint32(end + 16, true); n < view.getUint16(end + 10, true); n++) {
      var nameLength = view.getUint16(at + 28, true);
      parts[new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))] =
        { method: view.getUint16(at + 10, true), size: view.getUint32(at + 20, true), local: view.getUint32(at + 42, true) };
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    async function lines(name, required) {
      var part = parts[name], begin = part.local + 30 + view.getUint16(part.local + 26, true) + view.getUint16(part.local + 28, true);
      var packed = bytes.subarray(begin, begin + part.size);
      var xml = part.method === 0 ? new TextDecoder().decode(packed)
        : await new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
      var doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length) { if (required) throw new Error('its text is damaged'); return []; }
      return wordLines(doc.documentElement);
    }
    if (!parts['word/document.xml']) throw new Error('it has no document');
    function decorations(kind) {
      return Object.keys(parts).filter(function (p) { return new RegExp('^word/' + kind + '[0-9]*\\.xml$').test(p); })
        .sort(function (a, b) { return (parseInt(a.replace(/\D/g, ''), 10) || 0) - (parseInt(b.replace(/\D/g, ''), 10) || 0); });
    }
    var out = [], seen = new Set();
    async function decoration(name) {
      var partLines = await lines(name, false), text = JSON.stringify(partLines);
      if (partLines.some(function (l) { return l; }) && !seen.has(text)) { seen.add(text); out = out.concat(partLines, ['']); }
    }
    for (var header of decorations('header')) await decoration(header);
    out = out.concat(await lines('word/document.xml', true), ['']);
    for (var footer of decorations('footer')) await decoration(footer);
    return out.join('\n');
  }
  async function read(picked) {
    var name = picked.name.toLowerCase();
    if (/\.pdf$/.test(name)) throw new Error('PDF files cannot be read here: open your PDF, select all and paste the text of your PDF in the box.');
    if (/\.docx$/.test(name)) return docxText(await picked.arrayBuffer());
    var text = await picked.text();
    if (/\.html?$/.test(name)) return htmlText(new DOMParser().parseFromString(text, 'text/html').documentElement);
    return /\.(md|markdown)$/.test(name) ? markdownText(text) : text;
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); show(cv.value); });
  file.addEventListener('change', function () {
    if (!file.files.length) return;
    status.textContent = 'Reading ' + file.files[0].name + '…';
    read(file.files[0]).then(function (text) { cv.value = tidy(text); show(cv.value); }, function (error) {
      result.hidden = true;
      status.textContent = /PDF/.test(error.message) ? error.message : 'This file could not be read (' + error.message + '). Paste the text of your CV instead.';
    });
  });
})(typeof window !== 'undefined' ? window : globalThis);
