# One summary over every module's Surefire (unit) and Failsafe (integration) reports.
import glob
import xml.etree.ElementTree as ET

totals = {"unit": [0, 0, 0, 0], "integration": [0, 0, 0, 0]}
for kind, pattern in (("unit", "**/target/surefire-reports/TEST-*.xml"),
                      ("integration", "**/target/failsafe-reports/TEST-*.xml")):
    for f in glob.glob(pattern, recursive=True):
        r = ET.parse(f).getroot()
        t = totals[kind]
        t[0] += int(r.get("tests", 0)); t[1] += int(r.get("failures", 0))
        t[2] += int(r.get("errors", 0)); t[3] += int(r.get("skipped", 0))
for kind, (tests, failures, errors, skipped) in totals.items():
    print(f"{kind}: {tests - failures - errors - skipped} passed, {failures + errors} failed, {skipped} skipped")
tests = sum(t[0] for t in totals.values()); bad = sum(t[1] + t[2] for t in totals.values())
skipped = sum(t[3] for t in totals.values())
print(f"total: {tests - bad - skipped} passed, {bad} failed, {skipped} skipped")
