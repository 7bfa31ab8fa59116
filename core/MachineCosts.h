// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MachineAssessment.h"

// What the buyer's constraints and money say about a machine, apart from what the physics says about it:
// vendor, portability, availability, budget and the complete system's price (before any formula runs), and
// the break-even month against the API spend (after the verdict).
namespace localrig::core {

// Marks the machine excluded, with its reasons, when the plan's vendor, portability or budget rules it out,
// and says how its price is made up (a host PC around a card, the card alone, no price).
void applyConstraints(PlatformAssessment& result, const PlanConstraints& constraints);

// The month the machine's total cost falls under the API spend, for a machine that qualifies (Tco.h).
Result<void> applyBreakEven(PlatformAssessment& result, const PlanConstraints& constraints);

} // namespace localrig::core
