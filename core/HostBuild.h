// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <numeric>
#include <string>
#include <vector>

namespace localrig::core {

// One priced part of a system: a graphics card, or a host PC's processor, board, memory, power supply...
struct PricePart
{
    std::string name;
    double usd = 0.0;
    std::string source; // URL, or "guide"
    std::string sourceDate; // YYYY-MM or YYYY-MM-DD
};

// A desktop PC built to take discrete graphics cards, priced without the cards: what a buyer who owns
// no PC adds before a card runs anything (a card alone is a part, not a machine).
struct HostBuild
{
    std::string id;
    std::string name;
    double maxCardWatts = 0.0; // board power of all cards together that the power supply is sized for
    double baseWatts = 0.0; // the host's own draw while the cards generate (CPU, board, memory, drives, fans)
    int gpuSlots = 1; // cards it takes at full bandwidth
    double systemRamGiB = 0.0; // the host's system RAM (the slow pool behind the cards)
    double systemBandwidthGBs = 0.0; // that RAM's theoretical bandwidth, decimal GB/s
    std::vector<PricePart> parts;

    double totalUsd() const
    {
        return std::accumulate(parts.begin(), parts.end(), 0.0,
                               [](double sum, const PricePart& part) { return sum + part.usd; });
    }
};

} // namespace localrig::core
