"""Logistic regression fitted in numpy: the matcher's calibration, the stance model and the example
stacker all use it (no machine-learning dependency for a few features and many rows)."""

from __future__ import annotations

import numpy as np


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, sample_weight: np.ndarray | None = None,
                 iterations: int = 50, offset: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    """L2-penalised, weighted logistic regression by Newton's method (no extra dependency). ``offset``: fixed
    log-odds added to each row's, not fitted (a prior known per row).

    A few features and many rows: each step solves a small linear system, and a few dozen steps
    reach the optimum that gradient descent approaches in thousands.
    """
    n, d = x.shape
    sw = np.ones(n) if sample_weight is None else sample_weight / sample_weight.mean()
    a = np.column_stack([x, np.ones(n)])
    w = np.zeros(d + 1)
    penalty = np.eye(d + 1) * l2
    penalty[-1, -1] = 0.0  # the bias is not shrunk
    for _ in range(iterations):
        z = a @ w
        p = sigmoid(z if offset is None else z + offset)
        gradient = a.T @ (sw * (p - y)) + penalty @ w
        hessian = (a * (sw * p * (1 - p))[:, None]).T @ a + penalty + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-7:
            break
    return w[:-1], float(w[-1])


def sigmoid(z: np.ndarray) -> np.ndarray:
    """The logistic function, clipped so that no exponent overflows."""
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
