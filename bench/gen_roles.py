#!/usr/bin/env python3
"""Generates N synthetic roles as a HireKit project (Roles/*.yml, Templates/, hirekit.yml) and the same
content as a Hugo site (content/roles/*.md with JSON front matter, config, layouts from bench/hugo/).

Roles are variations of the 15 real roles in Roles/ (same text sizes, skills, locations), in career
families of five: entry (level 0) -> level 1 -> supervisor (2) -> lead (3) -> manager (4), with entry roles
also able to skip to level 2, so every page has "leads to", "joins from", "related" and career chains.
Output is deterministic for a given N.

usage: gen_roles.py N OUTDIR            (OUTDIR/hirekit and OUTDIR/hugo are created afresh)
       gen_roles.py --edit OUTDIR        (changes one role's summary in both trees: the incremental case)
"""
import json, os, shutil, sys

import yaml

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
CITIES = [("Portland", "OR", "97204"), ("Columbus", "OH", "43215"), ("Austin", "TX", "78701"),
          ("Denver", "CO", "80202"), ("Raleigh", "NC", "27601"), ("Madison", "WI", "53703"),
          ("Tucson", "AZ", "85701"), ("Omaha", "NE", "68102"), ("Boise", "ID", "83702"),
          ("Richmond", "VA", "23219"), ("Spokane", "WA", "99201"), ("Albany", "NY", "12207")]
TRACKS = ["frontline", "frontline", "supervision", "supervision", "management"]
EDITED_FAMILY, EDITED_LEVEL = 7, 2


def real_roles():
    roles = []
    for name in sorted(os.listdir(os.path.join(REPO, "Roles"))):
        if name.endswith(".yml"):
            with open(os.path.join(REPO, "Roles", name), encoding="utf-8") as f:
                roles.append(yaml.safe_load(f))
    return roles


def role_id(base, family):
    return f"{base['id']}-{family:05d}"


def make_roles(n):
    bases = real_roles()
    roles = []
    families = (n + 4) // 5
    for index in range(n):
        family, level = divmod(index, 5)
        base = bases[(family * 5 + level) % len(bases)]
        ids = [role_id(bases[(family * 5 + l) % len(bases)], family) for l in range(5)]
        members = min(5, n - family * 5)
        advancement = {0: [1, 2], 1: [2], 2: [3], 3: [4], 4: []}[level]
        advancement = [ids[l] for l in advancement if l < members]
        role = dict(base)
        role["id"] = ids[level]
        role["title"] = f"{base['title']} {family + 1:05d}"
        role["track"] = TRACKS[level]
        role["advancement"] = advancement
        city = CITIES[(family * 7 + level) % len(CITIES)]
        employment = dict(base["employment"])
        employment["locations"] = [dict(employment["locations"][0], city=city[0], region=city[1],
                                        postal_code=city[2])] if employment.get("locations") else []
        role["employment"] = employment
        roles.append(role)
    assert families * 5 >= n
    return roles


def role_yaml(role):
    # YAML is a superset of JSON: each value is written as JSON, so quoting is always right.
    order = ["id", "title", "department", "track", "summary", "also_known_as", "onet_code", "industries",
             "responsibilities", "skills", "education", "experience", "advancement", "employment", "salary",
             "date_posted", "valid_through", "screening"]
    lines = [f"{key}: {json.dumps(role[key], ensure_ascii=False)}" for key in order if key in role]
    return "\n".join(lines) + "\n"


def hugo_page(role):
    front = dict(role)
    front["role_id"] = role["id"]
    front["leads_to"] = role["advancement"]  # taxonomy: pages listing X in leads_to are where X is reached from
    front["date"] = role.get("date_posted", "2026-01-01")
    front["slug"] = role["id"]
    front["url"] = f"/roles/{role['id']}.html"
    del front["id"]
    return json.dumps(front, ensure_ascii=False, indent=1) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def generate(n, out):
    hirekit, hugo = os.path.join(out, "hirekit"), os.path.join(out, "hugo")
    for folder in (hirekit, hugo):
        shutil.rmtree(folder, ignore_errors=True)
    roles = make_roles(n)
    for role in roles:
        write(os.path.join(hirekit, "Roles", role["id"] + ".yml"), role_yaml(role))
        write(os.path.join(hugo, "content", "roles", role["id"] + ".md"), hugo_page(role))
    shutil.copytree(os.path.join(REPO, "Templates"), os.path.join(hirekit, "Templates"))
    shutil.copy(os.path.join(REPO, "hirekit.yml"), os.path.join(hirekit, "hirekit.yml"))
    shutil.copytree(os.path.join(BENCH, "hugo"), hugo, dirs_exist_ok=True)
    shutil.copytree(os.path.join(REPO, "Templates", "assets"), os.path.join(hugo, "static", "assets"))
    write(os.path.join(hugo, "content", "_index.md"), "{\"title\": \"Careers at Harbor & Pine\"}\n")


def edit(out):
    """One role's summary changes (the same role in both trees)."""
    for path in edited_paths(out):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        key = '"summary": "' if path.endswith(".md") else 'summary: "'
        assert key in text, path
        text = text.replace(key, key + "Edited. ", 1)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def edited_paths(out):
    names = sorted(os.listdir(os.path.join(out, "hirekit", "Roles")))
    n = len(names)
    family = min(EDITED_FAMILY, (n - 1) // 5)
    role = make_roles(n)[family * 5 + EDITED_LEVEL]
    return [os.path.join(out, "hirekit", "Roles", role["id"] + ".yml"),
            os.path.join(out, "hugo", "content", "roles", role["id"] + ".md")]


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--edit":
        edit(sys.argv[2])
    elif len(sys.argv) == 3:
        generate(int(sys.argv[1]), sys.argv[2])
    else:
        sys.exit(__doc__)
