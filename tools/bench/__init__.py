"""`make bench`: speed and memory of whole builds (`python -m tools.bench`, see __main__.py).

corpus.py makes the corpora from real text, child.py holds the tasks measured in fresh processes,
run.py runs and watches them, report.py writes bench.md and bench.json.
"""
