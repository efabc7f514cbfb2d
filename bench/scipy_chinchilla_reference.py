#!/usr/bin/env python3
"""Scipy reference for the Chinchilla Approach 3 grid fit (Besiroglu et al. 2024).

Objective: sum over points of Huber(delta=1e-3) of log L - LSE(a - alpha*log N, b - beta*log D, e),
minimised with scipy.optimize.minimize(method="L-BFGS-B") from each of Hoffmann's 4,500 grid starts
(alpha, beta in {0, 0.5, ..., 2}; e in {-1, -0.5, ..., 1}; a, b in {0, 5, ..., 25}); the best
successful result is kept, as in Besiroglu et al.'s notebook.

Usage: python3 bench/scipy_chinchilla_reference.py [--jac analytic|numeric] [--limit K] [CSV]
Prints one JSON object: scipy version, seconds, objective, best params, starts, successes.
Used only by bench/fit_bench.ts and to record reference values; not a runtime dependency.
"""
import csv
import itertools
import json
import os
import sys
import time

import numpy as np
import scipy
from scipy.optimize import minimize
from scipy.special import logsumexp

DELTA = 1e-3


def load(path):
    N, D, L = [], [], []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            if row["epoch_excluded_top5_loss"].strip().lower() == "true":
                continue
            N.append(float(row["model_size_params"]))
            D.append(float(row["training_tokens_derived"]))
            L.append(float(row["loss"]))
    return np.log(np.array(N)), np.log(np.array(D)), np.log(np.array(L))


def make_objective(logN, logD, logL, analytic):
    def f(p):
        a, b, e, alpha, beta = p
        terms = np.stack([a - alpha * logN, b - beta * logD, np.full_like(logN, e)])
        pred = logsumexp(terms, axis=0)
        r = logL - pred
        ar = np.abs(r)
        quad = ar <= DELTA
        value = np.sum(np.where(quad, 0.5 * r * r, DELTA * (ar - 0.5 * DELTA)))
        if not analytic:
            return value
        # d value / d pred = -psi(r); psi = r inside, delta*sign(r) outside
        psi = np.where(quad, r, DELTA * np.sign(r))
        w = np.exp(terms - pred)  # softmax weights
        g = -psi
        grad = np.array([
            np.sum(g * w[0]), np.sum(g * w[1]), np.sum(g * w[2]),
            np.sum(g * w[0] * -logN), np.sum(g * w[1] * -logD),
        ])
        return value, grad
    return f


def main():
    args = sys.argv[1:]
    jac = "analytic"
    limit = None
    path = os.path.join(os.path.dirname(__file__), "..", "data", "chinchilla",
                        "chinchilla_svg_extracted.csv")
    i = 0
    while i < len(args):
        if args[i] == "--jac":
            jac = args[i + 1]; i += 2
        elif args[i] == "--limit":
            limit = int(args[i + 1]); i += 2
        else:
            path = args[i]; i += 1
    logN, logD, logL = load(path)
    analytic = jac == "analytic"
    f = make_objective(logN, logD, logL, analytic)
    grid = list(itertools.product(np.arange(0, 2.5, 0.5), np.arange(0, 2.5, 0.5),
                                  np.arange(-1, 1.5, 0.5), np.arange(0, 30, 5),
                                  np.arange(0, 30, 5)))
    if limit is not None:
        grid = grid[:limit]
    best = None
    successes = 0
    t0 = time.perf_counter()
    for alpha, beta, e, a, b in grid:
        x0 = np.array([a, b, e, alpha, beta], dtype=float)
        res = minimize(f, x0, jac=analytic, method="L-BFGS-B")
        if res.success:
            successes += 1
            if best is None or res.fun < best.fun:
                best = res
    seconds = time.perf_counter() - t0
    a, b, e, alpha, beta = best.x
    print(json.dumps({
        "scipy": scipy.__version__, "numpy": np.__version__, "jac": jac,
        "call": "scipy.optimize.minimize(f, x0, jac=%s, method='L-BFGS-B')" % analytic,
        "points": int(len(logN)), "starts": len(grid), "successes": successes,
        "seconds": seconds, "objective": float(best.fun),
        "E": float(np.exp(e)), "A": float(np.exp(a)), "B": float(np.exp(b)),
        "alpha": float(alpha), "beta": float(beta), "x": [float(v) for v in best.x],
    }))


if __name__ == "__main__":
    main()
