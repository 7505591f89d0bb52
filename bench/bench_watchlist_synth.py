"""Synthetic data for the watchlist benches and the quality test: perturbed list names and distractors.

Positives are variants of the real listed names (typos, legal forms dropped/added/swapped, word order,
transliteration, abbreviations, extra words). Distractors are realistic company names from word lists in
several languages and scripts, including hard ones that share place and industry words with listed names.
The word lists here are the bench's own (wider than the matcher's generic-word data).
"""
from __future__ import annotations

import csv
import random
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from screener.normalize.names import normal_tokens
from screener.risk.watchlist_data import Watchlist
from screener.risk.watchlists import load_watchlists

CN_PLACES = ("Xinjiang Guangdong Zhejiang Jiangsu Shandong Fujian Henan Hebei Hubei Hunan Anhui Sichuan Yunnan "
             "Guangxi Jiangxi Shaanxi Shanxi Liaoning Jilin Heilongjiang Gansu Qinghai Ningxia Hainan Guizhou "
             "Shenzhen Guangzhou Dongguan Foshan Zhongshan Jiangmen Huizhou Shantou Chaozhou Ningbo Hangzhou "
             "Wenzhou Shaoxing Jiaxing Huzhou Taizhou Jinhua Yiwu Suzhou Wuxi Changzhou Nantong Yangzhou Xuzhou "
             "Qingdao Yantai Weifang Zibo Linyi Jinan Xiamen Quanzhou Jinjiang Putian Zhengzhou Luoyang Shijiazhuang "
             "Baoding Tangshan Wuhan Changsha Hefei Wuhu Chengdu Mianyang Kunming Nanning Nanchang Xian Taiyuan "
             "Shenyang Dalian Changchun Harbin Lanzhou Xining Yinchuan Haikou Guiyang Urumqi Kashgar Hotan Aksu "
             "Korla Shihezi Changji Turpan Hami Yili Karamay Kuqa Tianjin Shanghai Beijing Chongqing Baotou "
             "Ordos Hohhot Zhuhai Hetian Yiwu Keqiao Changle Shishi").split()
WORLD_PLACES = ("Dhaka Gazipur Narayanganj Chittagong Tirupur Ludhiana Surat Noida Panipat Karachi Lahore Faisalabad "
                "Sialkot Hanoi Haiphong Binh Duong Dong Nai Bien Hoa Danang Phnom Penh Jakarta Bandung Semarang "
                "Surabaya Selangor Penang Johor Klang Ipoh Bangkok Samut Prakan Chonburi Istanbul Bursa Denizli "
                "Izmir Gaziantep Kayseri Puebla Jalisco Monterrey Leon Sao Paulo Santa Catarina Lima Bogota Nairobi "
                "Addis Ababa Casablanca Tunis Cairo Colombo Yangon Manila Cebu").split()
INDUSTRY = ("Textile Textiles Garment Garments Apparel Clothing Knitting Knitwear Weaving Spinning Dyeing Printing "
            "Yarn Cotton Fabric Fabrics Shoes Footwear Leather Hair Products Accessories Technology Electronics "
            "Electric Energy New Energy Solar Silicon Metal Metals Steel Chemical Chemicals Food Foods Agriculture "
            "Fruit Vegetable Biotech Pharmaceutical Logistics Trading Import Export Industrial Industry Machinery "
            "Equipment Materials Packaging Plastic Rubber Gloves Furniture Toys Paper Ceramics Glass Tools "
            "Hardware Auto Parts Lighting Home Textile Bedding Socks Sportswear Denim Lace Embroidery Seafood "
            "Fishery Aquatic Tea Sugar Cocoa Coffee Mining Resources Construction Engineering Digital Optical "
            "Precision Medical Health Supply Chain Garment Accessories Wool Silk Linen Cashmere").split()
ORG = "Group Holdings Industrial Enterprise International Global Trading Development Investment".split()
EXTRA = ["Group", "Branch", "Factory", "Holdings", "Trading", "Branch Office", "Industrial", "International"]
SYLLABLES = ("hua xing da sheng tai feng xin yuan long heng an jin hong li fu yong de jia mei kang rui bao "
             "cheng tian hai shun chang guang ming yi zhong wei hao sen lin yu run ke qi tong yang ze lian nuo "
             "bo jun kai xiang wan hui ding zhan rong chuang gao teng yue fei mao song").split()
SURNAMES = ("Smith Brown Patel Shah Kumar Singh Khan Rahman Hossain Nguyen Tran Le Pham Yilmaz Kaya Demir Celik "
            "Sahin Garcia Martinez Lopez Hernandez Silva Santos Oliveira Tan Lim Lee Wong Chan Muller Schmidt "
            "Rossi Russo Dubois Martin Ivanov Petrov Sokolov Kowalski Novak Haddad Mensah Okafor Mwangi").split()
LEGAL = {
    "CN": ["Co., Ltd.", "Co. Ltd", "Company Limited", "Co.,Ltd", "Ltd.", "Group Co., Ltd.", "Industrial Co., Ltd."],
    "VN": ["Co., Ltd", "JSC", "Company Limited"], "BD": ["Ltd.", "Limited", "(Pvt.) Ltd."], "IN": ["Pvt. Ltd.", "Private Limited", "LLP"],
    "PK": ["(Pvt) Ltd", "Limited"], "TR": ["A.Ş.", "San. ve Tic. A.Ş.", "Ltd. Şti."], "MY": ["Sdn. Bhd.", "Sdn Bhd", "Bhd"],
    "ID": ["PT {} Tbk", "PT {}"], "MX": ["S.A. de C.V.", "S. de R.L. de C.V."], "BR": ["Ltda", "S.A."],
    "DE": ["GmbH", "GmbH & Co. KG", "AG"], "US": ["Inc.", "LLC", "Corp."], "TH": ["Co., Ltd.", "Public Company Limited"],
    "RU": ["OOO", "AO"], "KH": ["Co., Ltd."], "ET": ["PLC"], "LK": ["(Pvt) Ltd"],
}
CJK_BRAND = "华兴达盛泰丰鑫源隆恒安金宏利福永德嘉美康瑞宝诚天海顺昌光明"
CJK_PLACE = ["广东", "浙江", "江苏", "深圳", "东莞", "宁波", "新疆", "上海", "青岛", "泉州", "绍兴", "苏州"]
CJK_IND = ["纺织", "服装", "电子", "科技", "贸易", "实业", "制衣", "鞋业", "服饰", "针织", "新材料", "食品"]
CJK_LEGAL = ["有限公司", "股份有限公司", "集团有限公司", "有限责任公司"]
CYR = {"a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "k": "к", "l": "л", "m": "м",
       "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф"}  # letters whose
# transliteration back to Latin is the same letter (proper Chinese-to-Cyrillic spelling is not recoverable)
ABBREV = [("Technology", "Tech"), ("International", "Intl"), ("Company", "Co"), ("Limited", "Ltd"),
          ("Manufacturing", "Mfg"), ("Industrial", "Ind."), ("Corporation", "Corp"), ("Development", "Dev"),
          ("Group", "Grp"), ("Products", "Prods"), ("Holdings", "Hldgs"), ("Trading", "Trade")]
DIACRITIC = {"a": "á", "e": "é", "o": "ö", "u": "ü", "i": "í"}
LEGAL_RE = re.compile(r",?\s*\b(Co\.,?\s*Ltd\.?|Co\.|Ltd\.?|Company Limited|Corporation|Limited|Inc\.?|"
                      r"Sdn\.? Bhd\.?|Bhd\.?|Berhad|LLC|Holdings)\s*$", re.I)


@dataclass(frozen=True)
class Positive:
    query: str
    country: str | None
    entity_id: str
    list_id: str
    base: str
    perturbations: tuple[str, ...]


def _brand(rng: random.Random) -> str:
    return (rng.choice(SYLLABLES) + rng.choice(SYLLABLES)).capitalize()


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice("isdt")
    c = rng.choice("abcdefghiklmnoprstuy")
    if op == "i":
        return word[:i] + c + word[i:]
    if op == "s":
        return word[:i] + c + word[i + 1:]
    if op == "d":
        return word[:i] + word[i + 1:]
    return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]


def perturb(name: str, kind: str, rng: random.Random) -> str | None:
    """One perturbation of ``name``; None when it does not apply to this name."""
    words = name.split()
    if kind == "typo":
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if not idx:
            return None
        i = rng.choice(idx)
        words[i] = _typo(words[i], rng)
        return " ".join(words)
    if kind == "drop_legal":
        out = LEGAL_RE.sub("", name).strip(" ,")
        return out if out != name and out else None
    if kind == "add_legal":
        forms = [f for f in LEGAL["CN"] + LEGAL["US"] + LEGAL["DE"] + LEGAL["MY"] if not f.startswith(("Group", "Ind"))]
        return LEGAL_RE.sub("", name).strip(" ,") + " " + rng.choice(forms)
    if kind == "word_order":
        core = LEGAL_RE.sub("", name).strip(" ,").split()
        if len(core) < 2:
            return None
        i = rng.randrange(len(core) - 1)
        core[i], core[i + 1] = core[i + 1], core[i]
        return " ".join(core) + name[len(LEGAL_RE.sub("", name).strip(" ,")):]
    if kind == "transliteration":
        mode = rng.choice(["cyrillic", "diacritics", "fullwidth", "split", "upper"])
        if mode == "cyrillic":
            return "".join(CYR.get(ch, CYR.get(ch.lower(), ch).upper() if ch.isupper() else ch) for ch in name)
        if mode == "diacritics":
            return "".join(DIACRITIC.get(ch, ch) if rng.random() < 0.3 else ch for ch in name)
        if mode == "fullwidth":
            return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in name)
        if mode == "split":
            idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
            if not idx:
                return None
            i = rng.choice(idx)
            cut = len(words[i]) // 2
            words[i] = words[i][:cut] + " " + words[i][cut:].lower()
            return " ".join(words)
        return name.upper()
    if kind == "abbreviation":
        hits = [(a, b) for a, b in ABBREV if re.search(rf"\b{a}\b", name)]
        if not hits:
            return None
        a, b = rng.choice(hits)
        return re.sub(rf"\b{a}\b", b, name)
    if kind == "extra_words":
        base = LEGAL_RE.sub("", name).strip(" ,")
        return f"{base} {rng.choice(EXTRA)}{name[len(base):]}"
    if kind == "punctuation":
        return re.sub(r"\s+", "  ", re.sub(r"[.,]", "", name)).strip() + rng.choice(["", ".", " ,"])
    if kind in DAMAGE_KINDS:
        return damage(name, kind, rng)
    raise ValueError(kind)


QUALIFIERS = ["(and subsidiaries)", "and its subsidiaries", "(Branch)", "Branch", "Branch Office", "Holdings",
              "Group", "(Group)", "(HK)"]
VESSEL_QUALIFIERS = ["(fishing vessel)", "(Fishing Vessel)", "F/V", "(vessel)"]


def _letters(word: str) -> list[int]:
    return [i for i, ch in enumerate(word) if ch.isalpha()]


def damage(name: str, kind: str, rng: random.Random) -> str | None:
    """Data-entry and OCR damage: a word split in two, two words run together (or the space moved), a letter
    dropped, two letters swapped, a qualifier kept or added, the name in capitals. None when it cannot apply."""
    words = name.split()
    if kind == "split":  # "Indus trial", "fis hing", "Co.L td."
        idx = [i for i, w in enumerate(words) if len(_letters(w)) >= 5]
        if not idx:
            return None
        i = rng.choice(idx)
        w = words[i]
        cut = rng.randrange(2, len(w) - 1)
        words[i] = w[:cut] + " " + w[cut:]
        return " ".join(words)
    if kind == "joined":  # "YuLong No. 2", "D aWang" (joined, then the space put back one letter off)
        if len(words) < 2:
            return None
        i = rng.randrange(len(words) - 1)
        a, b = words[i], words[i + 1]
        if rng.random() < 0.3 and len(a) >= 2:
            k = rng.choice([-1, 1]) if len(b) >= 2 else -1
            j = len(a) + k
            joined = a + b
            words[i:i + 2] = [joined[:j], joined[j:]]
        else:
            words[i:i + 2] = [a + b]
        return " ".join(words)
    if kind in ("dropped", "swapped"):  # "Hnan", "Heei", "Co., Ld.", "Lt."; "Mnie"
        idx = [i for i, w in enumerate(words) if len(_letters(w)) >= 4 or (kind == "dropped" and w.rstrip(".,").lower() == "ltd")]
        if not idx:
            return None
        i = rng.choice(idx)
        w = words[i]
        pos = _letters(w)
        if kind == "dropped":
            j = rng.choice(pos[1:])
            words[i] = w[:j] + w[j + 1:]
        else:
            pairs = [j for j in pos[:-1] if j + 1 in pos and w[j] != w[j + 1]]
            if not pairs:
                return None
            j = rng.choice(pairs)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        return " ".join(words)
    if kind == "qualifier":  # "(and subsidiaries)", "(Branch)", "Holdings", "(fishing vessel)" in capitals
        if re.search(r"\bNo\.?\s*\d", name):
            return name.upper() + " " + rng.choice(VESSEL_QUALIFIERS)
        return f"{name} {rng.choice(QUALIFIERS)}"
    if kind == "capitals":
        return name.upper()
    raise ValueError(kind)


KINDS = ("typo", "drop_legal", "add_legal", "word_order", "transliteration", "abbreviation", "extra_words",
         "punctuation")
DAMAGE_KINDS = ("split", "joined", "dropped", "swapped", "qualifier", "capitals")


def positives(lists: list[Watchlist], per_name: int, rng: random.Random,
              generic_only: set[str] | None = None) -> list[Positive]:
    """``per_name`` perturbed variants of every listed name and alias (1 or 2 perturbations each).

    Names in ``generic_only`` (made only of generic words) get only perturbations that keep every word,
    because the matcher deliberately never alerts on a partial match of such names.
    """
    out = []
    keep_words = ("typo", "drop_legal", "add_legal", "transliteration", "punctuation", "abbreviation")
    for wl in lists:
        for e in wl.entries:
            if not e.matchable:
                continue
            for base in (e.name, *e.aliases, *e.former_names):
                kinds = keep_words if generic_only and base in generic_only else KINDS
                made = 0
                for _ in range(per_name * 6):
                    if made == per_name:
                        break
                    chosen = rng.sample(kinds, rng.choice((1, 1, 2)))
                    q = base
                    for k in chosen:
                        q = perturb(q, k, rng) or q
                    if q == base and chosen != ["punctuation"]:
                        continue
                    country = e.countries[0] if e.countries and rng.random() < 0.8 else None
                    out.append(Positive(q, country, e.entity_id, wl.list_id, base, tuple(chosen)))
                    made += 1
    return out


def damaged_positives(lists: list[Watchlist], per_name: int, rng: random.Random) -> list[Positive]:
    """``per_name`` damaged variants of every listed name and alias: each damage kind in turn, and one time in
    four a second damage kind on top (split, joined, dropped, swapped, qualifier, capitals)."""
    out = []
    for wl in lists:
        for e in wl.entries:
            if not e.matchable:
                continue
            for base in (e.name, *e.aliases, *e.former_names):
                start = rng.randrange(len(DAMAGE_KINDS))
                made = tries = 0
                while made < per_name and tries < per_name * 6:
                    tries += 1
                    chosen = [DAMAGE_KINDS[(start + tries) % len(DAMAGE_KINDS)]]
                    if rng.random() < 0.25:
                        chosen.append(rng.choice([k for k in DAMAGE_KINDS if k != chosen[0]]))
                    q = base
                    for k in chosen:
                        q = damage(q, k, rng) or q
                    if q == base:
                        continue
                    country = e.countries[0] if e.countries and rng.random() < 0.8 else None
                    out.append(Positive(q, country, e.entity_id, wl.list_id, base, tuple(chosen)))
                    made += 1
    return out


def _listed_words(lists: list[Watchlist]) -> set[str]:
    words: set[str] = set()
    for wl in lists:
        for e in wl.entries:
            for n in (e.name, *e.aliases, *e.former_names):
                words.update(normal_tokens(n))
    return words


def distractors(n: int, rng: random.Random, lists: list[Watchlist]) -> list[tuple[str, str]]:
    """``n`` (name, country) pairs of synthetic companies that are on no list."""
    listed = _listed_words(lists)
    bases = [e.name for wl in lists for e in wl.entries if e.matchable]
    out: list[tuple[str, str]] = []

    def brand() -> str:
        while True:
            b = _brand(rng)
            if b.lower() not in listed:
                return b

    while len(out) < n:
        r = rng.random()
        if r < 0.35:  # Chinese company in Latin script
            parts = [rng.choice(CN_PLACES), brand(), *rng.sample(INDUSTRY, rng.choice((1, 2)))]
            if rng.random() < 0.2:
                parts.append(rng.choice(ORG))
            out.append((" ".join(parts) + " " + rng.choice(LEGAL["CN"]), "CN"))
        elif r < 0.50:  # hard: a listed name with its distinctive words swapped for another brand
            base = rng.choice(bases).split()
            keep = {w.lower() for w in CN_PLACES + INDUSTRY + ORG} | {"co.,", "ltd.", "co.", "ltd", "co", "and"}
            swapped = [w if w.lower().strip(",.") in keep else brand() for w in base]
            if swapped == base:
                continue
            out.append((" ".join(swapped), "CN"))
        elif r < 0.58:  # hard generic: "Xinjiang ... Textile Co., Ltd."
            out.append((f"Xinjiang {brand()} {rng.choice(INDUSTRY)} {rng.choice(LEGAL['CN'])}", "CN"))
        elif r < 0.66:  # Chinese script
            name = (rng.choice(CJK_PLACE) + "".join(rng.sample(CJK_BRAND, 2)) + rng.choice(CJK_IND)
                    + rng.choice(CJK_LEGAL))
            out.append((name, "CN"))
        elif r < 0.90:  # other countries, surname- or place-based
            country = rng.choice([c for c in LEGAL if c not in ("CN",)])
            head = rng.choice([rng.choice(SURNAMES), rng.choice(WORLD_PLACES), rng.choice(SURNAMES) + " & Sons",
                               f"{rng.choice(SURNAMES)} {rng.choice(SURNAMES)}"])
            core = f"{head} {' '.join(rng.sample(INDUSTRY, rng.choice((1, 2))))}"
            form = rng.choice(LEGAL[country])
            out.append((form.format(core) if "{}" in form else f"{core} {form}", country))
        elif r < 0.95:  # Cyrillic
            core = f"{rng.choice(SURNAMES)} {rng.choice(INDUSTRY)}".lower()
            out.append(("ООО «" + "".join(CYR.get(ch, ch) for ch in core).capitalize() + "»", "RU"))
        else:  # Vietnamese
            out.append((f"Công ty TNHH {rng.choice(['May Mặc', 'Dệt May', 'Giày Da', 'Điện Tử'])} "
                        f"{rng.choice(['Phú Thịnh', 'Hoàng Long', 'Minh Anh', 'Thành Công', 'Việt Tiến'])} "
                        f"{rng.choice(SURNAMES)}", "VN"))
    return out


def extra_list_rows(n: int, rng: random.Random) -> list[dict[str, str]]:
    """``n`` synthetic rows for a large user list (name, aliases, country) for the speed bench."""
    rows = []
    for i in range(n):
        name = f"{rng.choice(CN_PLACES)} {_brand(rng)}{rng.choice(SYLLABLES)} {rng.choice(INDUSTRY)} Co., Ltd."
        alias = f"{_brand(rng)} {rng.choice(INDUSTRY)}" if rng.random() < 0.3 else ""
        rows.append({"name": name, "aliases": alias, "country": "CN"})
    return rows


def speed_bench_names(n: int, extra_n: int, seed: int) -> tuple[list[Watchlist], list[tuple[str, str]]]:
    """The lists (UFLPA, CBP and ``extra_n`` synthetic rows as a user list) and ``n`` supplier names of the
    watchlist speed benches, drawn from ``seed``."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        extra = Path(tmp) / "extra_list.csv"
        with extra.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=["name", "aliases", "country"])
            w.writeheader()
            w.writerows(extra_list_rows(extra_n, rng))
        lists = load_watchlists(("uflpa", "cbp"), [extra])
    return lists, distractors(n, rng, lists)
