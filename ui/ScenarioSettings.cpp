// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioSettings.h"

#include "core/InputLimits.h"

#include <QSettings>

#include <cmath>

namespace localrig::ui {

namespace {

// A value from settings that is not a finite number in range falls back to the default: a hand-edited
// or damaged settings file must not reach the core.
double boundedNumber(const QSettings& settings, const QString& key, double fallback, double minimum, double maximum)
{
    bool ok = false;
    const double value = settings.value(key, fallback).toDouble(&ok);
    return ok && std::isfinite(value) && value >= minimum && value <= maximum ? value : fallback;
}

} // namespace

PlanInputs loadScenario(const QSettings& settings, const PlanInputs& defaults)
{
    PlanInputs inputs = defaults;
    const QString group = QStringLiteral("scenario/");
    inputs.workloads = settings.value(group + QStringLiteral("workloads"), defaults.workloads).toStringList();
    inputs.contextTokens
        = int(boundedNumber(settings, group + QStringLiteral("context"), defaults.contextTokens, 0, 1 << 24));
    inputs.agents = int(
        boundedNumber(settings, group + QStringLiteral("agents"), defaults.agents, 0, core::limits::kMaxSessions));
    const double budget = boundedNumber(settings, group + QStringLiteral("budget"), 0.0, 0.0, core::limits::kMaxUsd);
    inputs.budgetUsd = budget > 0.0 ? std::optional<double>(budget) : std::nullopt;
    inputs.vendor = settings.value(group + QStringLiteral("vendor"), defaults.vendor).toString();
    inputs.portableOnly = settings.value(group + QStringLiteral("portable"), defaults.portableOnly).toBool();
    inputs.concurrent = settings.value(group + QStringLiteral("concurrent"), defaults.concurrent).toBool();
    inputs.haveDesktopPc = settings.value(group + QStringLiteral("haveDesktopPc"), defaults.haveDesktopPc).toBool();
    inputs.apiUsdPerMonth = boundedNumber(settings, group + QStringLiteral("apiUsdPerMonth"), defaults.apiUsdPerMonth,
                                          0.0, core::limits::kMaxUsd);
    return inputs;
}

void saveScenario(QSettings& settings, const PlanInputs& inputs)
{
    const QString group = QStringLiteral("scenario/");
    settings.setValue(group + QStringLiteral("workloads"), inputs.workloads);
    settings.setValue(group + QStringLiteral("context"), inputs.contextTokens);
    settings.setValue(group + QStringLiteral("agents"), inputs.agents);
    settings.setValue(group + QStringLiteral("budget"), inputs.budgetUsd.value_or(0.0));
    settings.setValue(group + QStringLiteral("vendor"), inputs.vendor);
    settings.setValue(group + QStringLiteral("portable"), inputs.portableOnly);
    settings.setValue(group + QStringLiteral("concurrent"), inputs.concurrent);
    settings.setValue(group + QStringLiteral("haveDesktopPc"), inputs.haveDesktopPc);
    settings.setValue(group + QStringLiteral("apiUsdPerMonth"), inputs.apiUsdPerMonth);
}

} // namespace localrig::ui
