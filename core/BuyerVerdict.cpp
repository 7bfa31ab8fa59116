// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuyerVerdict.h"

namespace localrig::core {

std::string_view toString(BuyerVerdict verdict)
{
    switch (verdict) {
    case BuyerVerdict::Great:
        return "great";
    case BuyerVerdict::Good:
        return "good";
    case BuyerVerdict::Slow:
        return "slow";
    case BuyerVerdict::TooLarge:
        return "too_large";
    }
    return "too_large";
}

} // namespace localrig::core
