// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace localrig::core {

// The one verdict a buyer reads per machine, combining memory and speed (money ranks, it does not grade).
enum class BuyerVerdict {
    Great, // fits with headroom, fast at the typical depth, first token quickly
    Good, // fits (maybe with part of the weights offloaded) and stays at or above the minimum speed at full context
    Slow, // fits, but under the minimum speed when the context fills, or the first token takes too long
    TooLarge, // does not fit under the headroom line (tight or not at all)
};

// The lines between the verdicts. Defaults and why:
struct VerdictThresholds
{
    // Silent reading runs at about 238 words/min (Brysbaert 2019 meta-analysis, non-fiction) to 300 for a
    // skimming reader; at ~1.3 tokens per English word that is 5.2-6.5 tokens/s: the upper end is used.
    double readingTps = 6.5;
    // Great: decode at the typical depth at least twice reading speed, so the reply outruns the reader.
    double greatReadingMultiple = 2.0;
    // Below this at full context a session feels stalled (SizingConstants::interactiveMinimumTps).
    double minDecodeTps = 10.0;
    // Nielsen's response-time limits: ~10 s keeps attention on the task; past that people switch away.
    double greatFirstTokenSeconds = 10.0;
    // Three times the attention limit: a wait long enough to break a coding or chat flow on every turn.
    double slowFirstTokenSeconds = 30.0;

    double greatDecodeTps() const { return readingTps * greatReadingMultiple; }
};

constexpr bool isQualifying(BuyerVerdict verdict)
{
    return verdict == BuyerVerdict::Great || verdict == BuyerVerdict::Good;
}

// "great", "good", "slow", "too_large": the JSON spelling.
std::string_view toString(BuyerVerdict verdict);

} // namespace localrig::core
