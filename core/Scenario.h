// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace localrig::core {

// Element type of the KV cache, as llama.cpp's --cache-type-k/-v name them.
enum class KvCacheType { F16, Q8_0, Q4_0 };

// What the user runs: how much context, how many sessions at once, how the cache is stored.
struct Scenario
{
    int contextTokens = 8192; // the user's stated context, never the model's maximum (llmfit #302)
    int sessions = 1; // parallel agents / requests, each with its own KV cache
    KvCacheType kvType = KvCacheType::F16;
    double headroom = 0.75; // model footprint / RAM above which a unified machine is no longer comfortable
};

} // namespace localrig::core
