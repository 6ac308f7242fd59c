#!/usr/bin/env python3
"""Train Verity's sentence classifiers on the dev data and write their weights as Swift source.

Usage (from the repository root, after `swift build -c release`):
  python3 Scripts/train/train_classifiers.py [--eval-dir ../shared/eval] [--folds 5]
      [--verity .build/release/verity] [--out Sources/VerityAnalysis/ClassifierWeights.swift]

Needs numpy and scipy (training only: the product reads the written weights, no Python at run
time). Deterministic: folds are fixed by position, the optimiser is L-BFGS from zero.
For each task it asks `verity classify --features` for every sentence's features (so training
and the product share one feature extractor), picks the feature families, the L2 strength and the
decision threshold by k-fold cross-validation (out-of-fold F1), trains on all of dev, prunes tiny
weights and writes the model. It prints the cross-validated figures it chose by.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix

FAMILIES = {
    "lex": ("lex:", "lex2:", "sig:", "len:", "caps:", "p:", "past:"),
    "lex+words": ("lex:", "lex2:", "sig:", "len:", "caps:", "p:", "past:", "w:"),
    "lex+words+pairs": ("lex:", "lex2:", "sig:", "len:", "caps:", "p:", "past:", "w:", "b:"),
}
STRENGTHS = [3.0, 10.0, 30.0, 60.0]
MIN_COUNT = 3
PRUNE = 0.01


def run_verity(verity, task, rows, extra=()):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        for row in rows:
            handle.write(json.dumps({"id": row["id"], "text": row["text"]}) + "\n")
        path = handle.name
    try:
        out = subprocess.run([verity, "classify", "--task", task, "--jsonl", path, *extra],
                             check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    return {line["id"]: line for line in map(json.loads, out.splitlines())}


def matrix(feature_lists, prefixes, vocabulary=None):
    if vocabulary is None:
        counts = {}
        for features in feature_lists:
            for f in features:
                if f.startswith(prefixes):
                    counts[f] = counts.get(f, 0) + 1
        vocabulary = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocabulary)}
    rows, cols = [], []
    for row, features in enumerate(feature_lists):
        for f in features:
            if f in index:
                rows.append(row)
                cols.append(index[f])
    x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feature_lists), len(vocabulary)))
    return x, vocabulary


def fit(x, y, strength):
    n, d = x.shape

    def loss(params):
        w, b = params[:d], params[d]
        z = x @ w + b
        p = 1 / (1 + np.exp(-z))
        value = np.sum(np.logaddexp(0, z) - y * z) + 0.5 * strength * w @ w
        g = p - y
        return value, np.concatenate([x.T @ g + strength * w, [g.sum()]])

    result = minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return result.x[:d], result.x[d]


def f1(pred, gold):
    tp = np.sum(pred & gold)
    p = tp / max(1, pred.sum())
    r = tp / max(1, gold.sum())
    return 2 * p * r / (p + r) if p + r else 0.0


def best_threshold(scores, y, macro=False):
    """The threshold with the best F1 of the positive class (or macro-F1 over both classes)."""
    best = (0.0, 0.5)
    for t in np.arange(0.1, 0.91, 0.01):
        pred, gold = scores >= t, y == 1
        f = (f1(pred, gold) + f1(~pred, ~gold)) / 2 if macro else f1(pred, gold)
        if f > best[0] + 1e-9:
            best = (f, round(float(t), 2))
    return best


def out_of_fold(feature_lists, y, prefixes, strength, folds):
    scores = np.zeros(len(y))
    for k in range(folds):
        test = np.arange(len(y)) % folds == k
        train_lists = [f for f, t in zip(feature_lists, test) if not t]
        x_train, vocabulary = matrix(train_lists, prefixes)
        x_test, _ = matrix([f for f, t in zip(feature_lists, test) if t], prefixes, vocabulary)
        w, b = fit(x_train, y[~test], strength)
        scores[test] = 1 / (1 + np.exp(-(x_test @ w + b)))
    return scores


def train_task(name, feature_lists, y, folds, macro=False):
    best = None
    for family, prefixes in FAMILIES.items():
        for strength in STRENGTHS:
            scores = out_of_fold(feature_lists, y, prefixes, strength, folds)
            score, threshold = best_threshold(scores, y, macro)
            print(f"  {name} {family:16} l2={strength:<5} cv_f1={score:.4f} threshold={threshold}", file=sys.stderr)
            if best is None or score > best[0]:
                best = (score, family, strength, threshold, scores)
    score, family, strength, threshold, scores = best
    x, vocabulary = matrix(feature_lists, FAMILIES[family])
    w, b = fit(x, y, strength)
    weights = {f: float(v) for f, v in zip(vocabulary, w) if abs(v) >= PRUNE}
    metric = "macro-F1" if macro else "F1"
    print(f"{name}: {folds}-fold cv {metric} {score:.4f} ({family}, l2 {strength}, threshold {threshold}); "
          f"{len(weights)} weights", file=sys.stderr)
    return {"bias": float(b), "threshold": threshold, "weights": weights, "cv_f1": score, "oof": scores,
            "family": family, "strength": strength}


def word_f1(rows, predicted_sets):
    import re
    word = re.compile(r"\w+(?:[-']\w+)*")
    tp = npred = ngold = 0
    for row, pred in zip(rows, predicted_sets):
        gold = {m.group(0).lower() for w in row["words"] for m in word.finditer(w)}
        pred = {m.group(0).lower() for w in pred for m in word.finditer(w)}
        tp += len(gold & pred); npred += len(pred); ngold += len(gold)
    p = tp / max(1, npred); r = tp / max(1, ngold)
    return 2 * p * r / (p + r) if p + r else 0.0


def tune_words(rows, lexicon_cues, feature_lists, y, model, folds):
    """Picks the word threshold (lexicon words plus words the model weighs at least that much)
    by out-of-fold word F1: each fold's words are weighed by a model trained on the others."""
    import re
    token = re.compile(r"\w+(?:[-']\w+)*")
    fold_weights = []
    for k in range(folds):
        test = np.arange(len(y)) % folds == k
        x, vocabulary = matrix([f for f, t in zip(feature_lists, test) if not t], FAMILIES[model["family"]])
        w, _ = fit(x, y[~test], model["strength"])
        fold_weights.append(dict(zip(vocabulary, w)))
    best = (word_f1(rows, lexicon_cues), float("inf"))
    for threshold in [0.3, 0.5, 0.7, 0.9, 1.1, 1.3, 1.6, 2.0]:
        sets = []
        for i, (row, cues) in enumerate(zip(rows, lexicon_cues)):
            weights = fold_weights[i % folds]
            learned = [m.group(0) for m in token.finditer(row["text"])
                       if weights.get("w:" + m.group(0).lower(), 0) >= threshold]
            sets.append(list(cues) + learned)
        f = word_f1(rows, sets)
        print(f"  loaded words threshold={threshold} cv word_f1={f:.4f}", file=sys.stderr)
        if f > best[0]:
            best = (f, threshold)
    print(f"loaded words: lexicon only {word_f1(rows, lexicon_cues):.4f}; chosen {best}", file=sys.stderr)
    return best[1]


def swift_literal(model):
    lines = [f"bias {model['bias']:.6f}", f"threshold {model['threshold']}"]
    if "word_threshold" in model and np.isfinite(model["word_threshold"]):
        lines.append(f"word_threshold {model['word_threshold']}")
    lines += [f"{f}\t{v:.5f}" for f, v in sorted(model["weights"].items())]
    body = "\n".join(lines)
    assert '"""#' not in body
    return '#"""\n' + body + '\n"""#'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval-dir", default="../shared/eval")
    ap.add_argument("--verity", default=".build/release/verity")
    ap.add_argument("--out", default="Sources/VerityAnalysis/ClassifierWeights.swift")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()

    claims = [json.loads(l) for l in open(os.path.join(args.eval_dir, "claims-dev.jsonl"))]
    loaded = [json.loads(l) for l in open(os.path.join(args.eval_dir, "loaded-dev.jsonl"))]
    models = {}
    for task in ["checkworthy", "hedge", "weasel"]:
        rows = [r for r in claims if r["task"] == task]
        features = run_verity(args.verity, task, rows, ["--features"])
        y = np.array([r["label"] for r in rows], dtype=float)
        models[task] = train_task(task, [features[r["id"]]["features"] for r in rows], y, args.folds)
    features = run_verity(args.verity, "loaded", loaded, ["--features"])
    y = np.array([1.0 if r["biased"] else 0.0 for r in loaded])
    feature_lists = [features[r["id"]]["features"] for r in loaded]
    models["loaded"] = train_task("loaded", feature_lists, y, args.folds, macro=True)
    lexicon_only = run_verity(args.verity, "loaded", loaded)
    cues = [lexicon_only[r["id"]]["cues"] for r in loaded]
    models["loaded"]["word_threshold"] = tune_words(loaded, cues, feature_lists, y, models["loaded"], args.folds)

    with open(args.out, "w") as out:
        out.write("// Generated by Scripts/train/train_classifiers.py from the dev data; do not edit by hand.\n")
        out.write("// Long because it is data: one `feature<TAB>weight` line per feature (see LinearModel).\n\n")
        out.write("/// The trained weights of the shipped sentence classifiers, in `LinearModel`'s text form.\n")
        out.write("enum ClassifierWeights {\n")
        for task in ["checkworthy", "hedge", "weasel", "loaded"]:
            out.write(f"    static let {task} = {swift_literal(models[task])}\n")
        out.write("}\n")


if __name__ == "__main__":
    main()
