"""Prove the trimmed ICU data (packaging/icu_trim.py) changes nothing Giveback relies on.

    python packaging/check_icu.py [dist/giveback]

Runs the same probe twice with this Python's PySide6: once on the wheel's own Qt and ICU, once
on the bundle's (LD_LIBRARY_PATH wins over the wheel's RUNPATH, and the probe checks which
libicudata it really loaded). The probe sorts names with QCollator in 24 locales (default,
numeric, case- and punctuation-insensitive), compares pairs, maps case in Turkish, Greek and
Lithuanian, formats numbers, dates and currency with QLocale, and decodes text in nine legacy
encodings through QStringDecoder (ICU converters). Every answer must be identical.

QTimeZone's localized display names are printed side by side and may differ: icu_trim.py
removes them on purpose (Giveback shows no time-zone names); the trimmed ICU answers "".

Exits 1 on any difference; skipped (exit 0) when the bundle carries no libicudata (not Linux).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LOCALES = [
    "en_US", "de_DE", "sv_SE", "fi_FI", "da_DK", "nb_NO", "fr_FR", "es_ES", "pl_PL", "cs_CZ",
    "tr_TR", "ru_RU", "el_GR", "ar_EG", "he_IL", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "th_TH",
    "vi_VN", "hi_IN", "lt_LT", "pt_BR",
]  # fmt: skip
NAMES = [
    "Zoë Ng", "Zoe Ng", "zoe ng", "Åsa Lind", "Ängel", "Öberg", "Oberg", "Ørsted", "Čapek",
    "Chytil", "Hrabal", "Ibrahim", "İsmail", "ısık", "Łukasz", "Lukas", "Müller", "Mueller",
    "Núñez", "Nunez", "O'Brien", "OBrien", "van der Berg", "Vandenberg", "山田 太郎", "田中",
    "김민준", "이서연", "Иванов", "Ёлкин", "Αλέξης", "محمد", "דוד", "สมชาย", "Nguyễn Văn",
    "Item 10", "Item 9", "item 2", "Ħarry", "ß-Straße", "Ss", "Æsir", "Aesir",
]  # fmt: skip
ENCODINGS = {
    "windows-1252": "Café – “Zoë” €",
    "ISO-8859-2": "Łukasz Čapek",
    "KOI8-R": "Иванов",
    "Shift_JIS": "山田太郎",
    "EUC-JP": "田中さん",
    "GB18030": "张伟",
    "Big5": "陳大文",
    "EUC-KR": "김민준",
    "windows-1251": "Ёлкин",
}


def probe() -> dict:
    from PySide6.QtCore import (
        QCollator,
        QCoreApplication,
        QDate,
        QLocale,
        QMimeData,
        QStringDecoder,
        Qt,
        QTimeZone,
    )

    _app = QCoreApplication([])
    icu = [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line]
    out: dict = {"libicudata": sorted(set(icu))}
    collation = {}
    for name in LOCALES:
        locale = QLocale(name)
        modes = {}
        for mode in ("default", "numeric", "nocase", "nopunct"):
            c = QCollator(locale)
            if mode == "numeric":
                c.setNumericMode(True)
            elif mode == "nocase":
                c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            elif mode == "nopunct":
                c.setIgnorePunctuation(True)
            modes[mode] = sorted(NAMES, key=c.sortKey)
        c = QCollator(locale)
        modes["pairs"] = [c.compare(a, b) for a, b in zip(NAMES, NAMES[1:], strict=False)]
        collation[name] = modes
    out["collation"] = collation
    out["case"] = {
        n: [QLocale(n).toUpper("istanbul iı ﬁx ß"), QLocale(n).toLower("İSTANBUL IΣ ΣΑΣ")]
        for n in ("tr_TR", "az_AZ", "el_GR", "lt_LT", "de_DE", "en_US")
    }
    date = QDate(2026, 11, 27)
    out["locale"] = {
        n: [
            QLocale(n).toString(1234567.891, "f", 2),
            QLocale(n).toCurrencyString(1234.5),
            QLocale(n).toString(date, QLocale.FormatType.LongFormat),
            QLocale(n).monthName(11),
            QLocale(n).dayName(5),
        ]
        for n in LOCALES
    }
    # PySide6 cannot call a QStringDecoder; QMimeData decodes pasted HTML with the decoder its
    # <meta charset> names (QStringDecoder::decoderForHtml), which is how these reach Giveback.
    encodings = {}
    for encoding, text in ENCODINGS.items():
        mime = QMimeData()
        head = f'<html><head><meta charset="{encoding}"></head><body>'.encode("ascii")
        mime.setData("text/html", head + text.encode(encoding) + b"</body></html>")
        decoded = mime.html()
        encodings[encoding] = [QStringDecoder(encoding).isValid(), text in decoded]
    out["encodings"] = encodings
    out["codecs"] = sorted(QStringDecoder.availableCodecs())
    out["timezone_names"] = {
        f"{zone} {n}": QTimeZone(zone.encode()).displayName(
            QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(n)
        )
        for zone in ("Europe/Berlin", "America/New_York", "Asia/Tokyo")
        for n in ("en_US", "de_DE", "ja_JP")
    }
    return out


def run_probe(lib_dir: Path | None) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LD_LIBRARY_PATH", None)
    if lib_dir is not None:
        env["LD_LIBRARY_PATH"] = str(lib_dir)
    result = subprocess.run(
        [sys.executable, __file__, "--probe"], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(result.stdout)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--probe"]:
        print(json.dumps(probe(), ensure_ascii=False))
        return 0
    bundle = Path(argv[0] if argv else ROOT / "dist" / "giveback")
    lib_dir = bundle / "_internal" / "PySide6" / "Qt" / "lib"
    if not list(lib_dir.glob("libicudata.so.*")):
        print(f"check_icu: no libicudata in {lib_dir}: nothing to compare")
        return 0
    whole, trimmed = run_probe(None), run_probe(lib_dir)
    problems = []
    if not trimmed["libicudata"] or not trimmed["libicudata"][0].startswith(str(lib_dir.resolve())):
        problems.append(f"the probe did not load the bundle's ICU: {trimmed['libicudata']}")
    if whole["codecs"] != trimmed["codecs"]:
        problems.append(f"codec lists differ: {len(whole['codecs'])} != {len(trimmed['codecs'])}")
    for part in ("collation", "case", "locale", "encodings"):
        if whole[part] != trimmed[part]:
            for key in whole[part]:
                if whole[part][key] != trimmed[part].get(key):
                    problems.append(f"{part} {key}: {whole[part][key]} != {trimmed[part].get(key)}")
    if any(result != [True, True] for result in whole["encodings"].values()):
        problems.append(f"an encoding fails even with the whole ICU: {whole['encodings']}")
    print(
        f"check_icu: {len(LOCALES)} locales x 4 collation modes, case mapping, QLocale formats, "
        f"{len(ENCODINGS)} encodings: " + ("identical" if not problems else "DIFFERENT")
    )
    for key, name in whole["timezone_names"].items():
        new = trimmed["timezone_names"][key]
        if new != name:
            print(f"  time-zone name (dropped on purpose) {key}: {name!r} -> {new!r}")
    if problems:
        print("check_icu FAILED:", *problems[:20], sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
