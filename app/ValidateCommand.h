// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace localrig::app {

// `localrig validate --data FILE`: how far predictions are from a measurements CSV, by leave-one-hardware-out
// cross-validation, per backend family and dense/MoE, next to a naive baseline and one global efficiency.
class ValidateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace localrig::app
