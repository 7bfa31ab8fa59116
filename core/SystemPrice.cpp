// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemPrice.h"

namespace localrig::core {

bool isDiscreteCard(const Platform& platform)
{
    return platform.formFactor == "card";
}

const HostBuild* hostFor(const Platform& card, const std::vector<HostBuild>& hosts)
{
    const HostBuild* best = nullptr;
    for (const HostBuild& host : hosts) {
        // A card's board power must fit the power supply's budget for cards; unknown power takes any host.
        // A multi-GPU build's cards each need a slot (and loadWatts is their summed board power).
        const bool powered = card.loadWatts <= 0.0 || host.maxCardWatts >= card.loadWatts;
        if (powered && host.gpuSlots >= card.gpuCount() && (!best || host.totalUsd() < best->totalUsd())) {
            best = &host;
        }
    }
    return best;
}

SystemPrice systemPriceFor(const Platform& platform, const std::vector<HostBuild>* hosts, bool haveDesktopPc)
{
    SystemPrice price;
    price.loadWatts = platform.loadWatts;
    if (platform.priceUsd) {
        price.parts.push_back({platform.name, *platform.priceUsd, platform.priceSource, platform.priceDate});
    }
    if (!isDiscreteCard(platform)) {
        price.usd = platform.priceUsd;
        return price;
    }
    if (haveDesktopPc) {
        price.cardOnly = true;
        price.usd = platform.priceUsd;
        return price;
    }
    price.host = hosts ? hostFor(platform, *hosts) : nullptr;
    if (!price.host) {
        price.noHostFits = hosts && !hosts->empty();
        return price; // a card with no PC to run in has no system price
    }
    price.parts.insert(price.parts.end(), price.host->parts.begin(), price.host->parts.end());
    price.loadWatts = platform.loadWatts + price.host->baseWatts;
    if (platform.priceUsd) {
        price.usd = *platform.priceUsd + price.host->totalUsd();
    }
    return price;
}

Platform asSystem(const Platform& platform, const SystemPrice& price)
{
    Platform system = platform;
    if (price.host) {
        if (price.host->systemRamGiB > 0.0) {
            system.memoryGiB = price.host->systemRamGiB;
        }
        if (price.host->systemBandwidthGBs > 0.0) {
            system.systemBandwidthGBs = price.host->systemBandwidthGBs;
        }
    }
    system.loadWatts = price.loadWatts;
    return system;
}

} // namespace localrig::core
