// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Units.h"

// Every constant the sizing formulas use, named and overridable; sources are in
// ../shared/data/sizing-constants.md (copied here one line each).
namespace localrig::core {

struct SizingConstants
{
    // --- Runtime overhead -------------------------------------------------------------------------
    // Runtime context per device: Ollama's CUDA minimum is 457 MiB (ollama#10765); llmfit and canirun use 0.5 GiB.
    double runtimeOverheadBytes = 0.5 * kBytesPerGiB;
    // Compute buffer, context-independent part: NyxKrage's closed form (ctx/1024*2 + 0.75) x n_heads MiB.
    double computeBufferBytesPerHead = 0.75 * kBytesPerMiB;
    // The same form's context part is ubatch x ctx x heads x 4 bytes of f32 scores, needed only without
    // flash attention; llama.cpp turns flash attention on by default (-fa auto), so it is off here.
    bool flashAttention = true;
    int ubatchTokens = 512; // llama.cpp default n_ubatch
    int defaultAttentionHeads = 32; // used when a raw estimate names no head count (Llama-3-8B has 32)

    // --- Fit ----------------------------------------------------------------------------------------
    // llama.cpp leaves 1 GiB free per device when fitting (llama.cpp PR #16653).
    double discreteSafetyMarginBytes = 1.0 * kBytesPerGiB;
    // VRAM a discrete card keeps beyond the footprint (which already holds the 0.5 GiB runtime context and the
    // compute buffer) when every layer is forced onto it (-ngl 99): 0, so a 14.96 GiB F16 8B file at a short
    // context (15.55 GiB in all) runs on a 16 GiB card, as measured (issue 16 item 5).
    double discreteReserveBytes = 0.0;
    // System RAM the OS and desktop keep for themselves when layers spill to it (assumption, 4 GiB).
    double osReserveBytes = 4.0 * kBytesPerGiB;
    // Dual-channel DDR5 system RAM for offloaded layers when a platform names none (llmfit, canirun: 50 GB/s).
    double defaultSystemBandwidthGBs = 50.0;

    // --- Speed --------------------------------------------------------------------------------------
    // A reply faster than reading is what feels interactive; ~5 words/s reading x 1.3 tokens/word, rounded
    // up to 10 t/s as LocalRig's minimum for "usable interactively".
    double interactiveMinimumTps = 10.0;
    // Prompt length used for time-to-first-token when none is given (a typical RAG prompt of 4K tokens,
    // the guide's "retrieve the relevant 4-8K" advice).
    int defaultPromptTokens = 4096;

    // --- Cost ---------------------------------------------------------------------------------------
    int defaultTcoMonths = 36;
    // US residential average 2024: $0.1648/kWh (EIA via ../shared/data/api_prices.csv).
    double defaultUsdPerKwh = 0.1648;
    double defaultHoursPerDay = 8.0; // a working day of generation load (assumption; user-set)
};

} // namespace localrig::core
