// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gguf/ModelFileInspector.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

// libFuzzer entry point: any bytes are a GGUF header candidate. The reader must answer with a report
// or an Error, never crash, throw, hang or allocate what the input cannot back.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    const auto report = localrig::core::gguf::inspectGguf(in);
    if (report) {
        // Touch the derived figures so the describer's arithmetic runs under the sanitizers.
        volatile double sink = report.value().spec.totalParams + static_cast<double>(report.value().quantMix.size());
        static_cast<void>(sink);
    } else if (report.error().detail.empty()) {
        __builtin_trap(); // every error must say what is wrong
    }
    return 0;
}
