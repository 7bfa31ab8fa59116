// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace localrig::app {

// `localrig bench`: speed figures for the sizing core and the catalog, printed, never asserted.
class BenchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace localrig::app
