"""Trains one tiny GPT with PyTorch on batches prepared by scripts/train/torch-run.ts.

The TypeScript side owns everything but the arithmetic of training: it builds the
corpus and the tokenizer, initialises the weights, draws every batch (with the
repeated spans that let induction heads pay off) and, afterwards, scores the probes
and exports the model. This script only runs the steps, because PyTorch does on two
cores in minutes what the TypeScript trainer does in hours.

The model is the one of lib/model/forward.ts, written out with plain tensor
operations so that each line can be compared with it: pre-LayerNorm GPT-2 blocks,
tanh-approximated GELU, causal softmax attention, output layer tied to the token
embedding plus an output bias. The optimiser matches lib/train/adamw.ts: AdamW with
decoupled weight decay on the matrices the layout marks, the gradient clipped to
global norm 1 first, and the same warm-up + cosine learning-rate schedule.

Reads RUN_DIR/spec.json, init.f32, batches.u16, heldout.u16; writes RUN_DIR/ckpt-<step>.f32
(float32, parameter layout order), curve.json and parity.json (a fixed forward pass,
in float64, that tests/unit/lib/model/shipped.test.ts checks the TypeScript forward
pass against). `train.py RUN_DIR --parity STEP` only writes parity.json for checkpoint STEP.
"""
import json
import math
import os
import sys
import time

import numpy as np
import torch

RUN_DIR = sys.argv[1]
torch.set_num_threads(int(os.environ.get("TORCH_THREADS", "1")))
torch.manual_seed(0)

with open(os.path.join(RUN_DIR, "spec.json")) as f:
    spec = json.load(f)
cfg = spec["config"]
V, T, D, H, L = (cfg[k] for k in ("vocabSize", "contextLength", "dModel", "nHeads", "nLayers"))
EPS = cfg["lnEps"]
ROTARY = cfg.get("positions", "learned") == "rotary"
layout = spec["layout"]

flat = np.fromfile(os.path.join(RUN_DIR, "init.f32"), dtype="<f4")
params, offset = {}, 0
for e in layout:
    n = e["rows"] * e["cols"]
    shape = (e["cols"],) if e["rows"] == 1 else (e["rows"], e["cols"])
    params[e["name"]] = torch.tensor(flat[offset : offset + n].reshape(shape), requires_grad=True)
    offset += n
assert offset == flat.size, "init.f32 does not match the layout"

batches = np.memmap(os.path.join(RUN_DIR, "batches.u16"), dtype="<u2", mode="r").reshape(spec["steps"], spec["batchSize"], T + 1)
heldout = torch.from_numpy(np.fromfile(os.path.join(RUN_DIR, "heldout.u16"), dtype="<u2").astype(np.int64).reshape(-1, T + 1))


def gelu(x):
    return 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)))


def rotate(t, dtype):
    """Rotary positions as lib/math/positional.ts: pair (2i, 2i+1) of each head's vector at position m turned by m·θ_i, θ_i = 10000^(−2i/dh)."""
    n, dh = t.shape[-2], t.shape[-1]
    theta = 10000.0 ** (-torch.arange(0, dh, 2, dtype=torch.float64) / dh)
    angle = torch.arange(n, dtype=torch.float64)[:, None] * theta[None, :]
    cos, sin = angle.cos().to(dtype), angle.sin().to(dtype)
    x, y = t[..., 0::2], t[..., 1::2]
    return torch.stack((x * cos - y * sin, x * sin + y * cos), dim=-1).flatten(-2)


def forward(p, ids, keep_attention=False):
    """Logits [B, T, V] (and, if asked, attention [layer][B, head, T, T]) for ids [B, T]."""
    B, n = ids.shape
    dh = D // H
    x = p["tok_emb"][ids] + (0 if ROTARY else p["pos_emb"][:n])
    mask = torch.ones(n, n, dtype=torch.bool).tril()
    attention = []
    for l in range(L):
        w = lambda s: p[f"h{l}.{s}"]
        h = torch.nn.functional.layer_norm(x, (D,), w("ln1_g"), w("ln1_b"), EPS)
        qkv = h @ w("attn_qkv_w").T + w("attn_qkv_b")
        q, k, v = (t.reshape(B, n, H, dh).transpose(1, 2) for t in qkv.split(D, dim=-1))
        if ROTARY:
            q, k = rotate(q, q.dtype), rotate(k, k.dtype)
        scores = (q @ k.transpose(-1, -2)) / math.sqrt(dh)
        probs = scores.masked_fill(~mask, float("-inf")).softmax(-1)
        if keep_attention:
            attention.append(probs)
        merged = (probs @ v).transpose(1, 2).reshape(B, n, D)
        x = x + merged @ w("attn_out_w").T + w("attn_out_b")
        h2 = torch.nn.functional.layer_norm(x, (D,), w("ln2_g"), w("ln2_b"), EPS)
        x = x + gelu(h2 @ w("mlp_fc_w").T + w("mlp_fc_b")) @ w("mlp_proj_w").T + w("mlp_proj_b")
    x = torch.nn.functional.layer_norm(x, (D,), p["lnf_g"], p["lnf_b"], EPS)
    logits = x @ p["tok_emb"].T + p["out_b"]
    return (logits, attention) if keep_attention else logits


def loss_of(p, windows):
    logits = forward(p, windows[:, :-1])
    return torch.nn.functional.cross_entropy(logits.reshape(-1, V), windows[:, 1:].reshape(-1))


def learning_rate(step):
    if step < spec["warmupSteps"]:
        return spec["peakLr"] * (step + 1) / spec["warmupSteps"]
    progress = (step - spec["warmupSteps"]) / max(1, spec["steps"] - spec["warmupSteps"])
    return spec["peakLr"] * (0.1 + 0.45 * (1 + math.cos(math.pi * min(1.0, progress))))


def save_checkpoint(step):
    with torch.no_grad():
        out = np.concatenate([params[e["name"]].detach().numpy().reshape(-1) for e in layout]).astype("<f4")
    # written under another name and renamed, so a reader polling for it never sees half a file
    path = os.path.join(RUN_DIR, f"ckpt-{step}.f32")
    out.tofile(path + ".part")
    os.replace(path + ".part", path)


def held_out_loss():
    with torch.no_grad():
        return sum(loss_of(params, heldout[i : i + 16]).item() * len(heldout[i : i + 16]) for i in range(0, len(heldout), 16)) / len(heldout)


def write_parity():
    """A fixed forward pass in float64 on the current float32 weights, for the parity test."""
    with torch.no_grad():
        p64 = {k: v.detach().double() for k, v in params.items()}
        ids = heldout[0, : spec["parityTokens"]].unsqueeze(0)
        logits, attention = forward(p64, ids, keep_attention=True)
        rows = spec["parityRows"]
        parity = {
            "ids": ids[0].tolist(),
            "logitRows": rows,
            "logits": [logits[0, r].tolist() for r in rows],
            "attention": [a[0].tolist() for a in attention],
        }
    with open(os.path.join(RUN_DIR, "parity.json"), "w") as f:
        json.dump(parity, f)


if len(sys.argv) > 3 and sys.argv[2] == "--parity":
    # finishing a run whose training was interrupted: the parity pass on one of its checkpoints
    saved = np.fromfile(os.path.join(RUN_DIR, f"ckpt-{sys.argv[3]}.f32"), dtype="<f4")
    offset = 0
    with torch.no_grad():
        for e in layout:
            n = e["rows"] * e["cols"]
            params[e["name"]].copy_(torch.from_numpy(saved[offset : offset + n].copy()).reshape(params[e["name"]].shape))
            offset += n
    write_parity()
    sys.exit(0)


adam = spec["adamw"]
decayed = [params[e["name"]] for e in layout if e["decay"]]
plain = [params[e["name"]] for e in layout if not e["decay"]]
opt = torch.optim.AdamW(
    [{"params": decayed, "weight_decay": adam["weightDecay"]}, {"params": plain, "weight_decay": 0.0}],
    lr=spec["peakLr"], betas=(adam["beta1"], adam["beta2"]), eps=adam["eps"],
)
checkpoints = set(spec["checkpointSteps"])
curve = []
started = time.time()
train_sum, train_count = 0.0, 0
for step in range(spec["steps"] + 1):
    if step in checkpoints or step == spec["steps"]:
        save_checkpoint(step)
    if step % spec["evalEvery"] == 0 or step == spec["steps"]:
        held = held_out_loss()
        train = train_sum / train_count if train_count else held
        curve.append({"step": step, "train": round(train, 4), "heldOut": round(held, 4)})
        print(f"{spec['locale']} step {step}/{spec['steps']} train {train:.3f} held-out {held:.3f} ({time.time() - started:.0f} s)", flush=True)
        train_sum, train_count = 0.0, 0
        with open(os.path.join(RUN_DIR, "curve.json"), "w") as f:
            json.dump({"curve": curve, "seconds": round(time.time() - started)}, f)
    if step == spec["steps"]:
        break
    windows = torch.from_numpy(batches[step].astype(np.int64))
    for group in opt.param_groups:
        group["lr"] = learning_rate(step)
    opt.zero_grad(set_to_none=True)
    loss = loss_of(params, windows)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(list(params.values()), spec["clip"])
    opt.step()
    train_sum += loss.item()
    train_count += 1

write_parity()
print(f"{spec['locale']} done in {time.time() - started:.0f} s", flush=True)
