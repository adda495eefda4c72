#!/usr/bin/env python3
"""Flow-node and sequence-flow coverage per process, over all test classes.

Usage: .ci/coverage.py [target/process-test-coverage]   (run after ./mvnw verify)
Reads each report.json written by camunda-process-test-coverage and prints, per process model,
the covered / total flow nodes and sequence flows (union of every test class), and what is missing.
"""
import json, pathlib, sys
import xml.etree.ElementTree as ET

BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
NODE_KINDS = {"task", "userTask", "serviceTask", "scriptTask", "businessRuleTask", "sendTask", "receiveTask",
              "manualTask", "callActivity", "subProcess", "startEvent", "endEvent", "intermediateCatchEvent",
              "intermediateThrowEvent", "boundaryEvent", "exclusiveGateway", "parallelGateway", "inclusiveGateway",
              "eventBasedGateway"}
base = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/process-test-coverage")
seen = {}
for report in base.glob("*/report.json"):
    data = json.loads(report.read_text(encoding="utf-8"))
    for suite in data.get("suites", []):
        for run in suite.get("runs", []):
            for e in run.get("events", []):
                seen.setdefault(e["modelKey"], set()).add(e["definitionKey"])
failed = False
for bpmn in sorted(pathlib.Path("processes").glob("*.bpmn")):
    for proc in ET.parse(bpmn).getroot().iter(BPMN + "process"):
        nodes = {el.get("id") for el in proc.iter() if el.tag.startswith(BPMN) and el.tag[len(BPMN):] in NODE_KINDS}
        flows = {el.get("id") for el in proc.iter(BPMN + "sequenceFlow")}
        hit = seen.get(proc.get("id"), set())
        miss = sorted((nodes | flows) - hit)
        print(f"{proc.get('id')}: flow nodes {len(nodes & hit)}/{len(nodes)}, sequence flows {len(flows & hit)}/{len(flows)}"
              + (f" — missing {miss}" if miss else " — 100 %"))
        failed |= bool(miss)
sys.exit(1 if failed else 0)
