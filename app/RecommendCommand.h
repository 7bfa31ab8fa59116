// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace localrig::app {

// `localrig recommend`: workloads and constraints in, the tier, ranked machines and reasons out.
class RecommendCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RecommendCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace localrig::app
