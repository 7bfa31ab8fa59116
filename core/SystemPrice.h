// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostBuild.h"
#include "Platform.h"

#include <optional>
#include <string>
#include <vector>

namespace localrig::core {

// What a buyer pays for a machine that runs on its own: a laptop, mini PC or Mac as sold, or a discrete
// card plus the desktop PC around it.
struct SystemPrice
{
    std::optional<double> usd; // empty: the card, the machine or every fitting host has no price
    std::vector<PricePart> parts; // the card first, then the host's parts; one part for a whole machine
    const HostBuild* host = nullptr; // the host PC chosen for a card, when one was added
    bool cardOnly = false; // a card priced alone because the buyer owns a PC that takes it
    bool noHostFits = false; // a card no host build's power supply is sized for
    double loadWatts = 0.0; // wall power while generating: the card plus the host's own draw
};

bool isDiscreteCard(const Platform& platform);

// The cheapest host build whose power supply is sized for the card's board power; nullptr when none is.
const HostBuild* hostFor(const Platform& card, const std::vector<HostBuild>& hosts);

// The complete system's price (DESIGN.md TCO: "hardware price" is what the buyer pays, not a part's).
SystemPrice systemPriceFor(const Platform& platform, const std::vector<HostBuild>* hosts, bool haveDesktopPc);

// The platform as the buyer would own it: a card in the chosen host takes the host's system RAM and its
// bandwidth as the offload pool.
Platform asSystem(const Platform& platform, const SystemPrice& price);

} // namespace localrig::core
