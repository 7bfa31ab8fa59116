// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanCalculator.h"

class QSettings;

namespace localrig::ui {

// The last Plan page inputs, kept in QSettings so the window reopens on the user's own scenario.
PlanInputs loadScenario(const QSettings& settings, const PlanInputs& defaults);
void saveScenario(QSettings& settings, const PlanInputs& inputs);

} // namespace localrig::ui
