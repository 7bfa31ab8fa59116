// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Platform.h"
#include "core/host/HostInfo.h"

#include <QDate>
#include <QString>

#include <optional>
#include <string_view>
#include <vector>

// The computer LocalRig runs on, as a platform the user corrects before saving it as "my machine".
// The OS tells memory, CPU and GPUs; it never tells memory bandwidth, FLOPS or power. Those come from a
// catalog machine with the same chip when there is one, and are otherwise left for the user: never guessed.
namespace localrig::db {

inline constexpr std::string_view kThisComputerId = "this_computer";

enum class MachineField { Name, Vendor, FormFactor, MemoryKind, Backend, Memory, Vram, Bandwidth, Tflops, LoadWatts };

struct ThisComputer
{
    core::Platform platform; // id kThisComputerId; a figure nobody knows stays 0 (or nullopt)
    QString chip; // the GPU or CPU the machine is named after: "NVIDIA GeForce RTX 4090"
    std::vector<MachineField> detected; // read from the OS
    std::vector<MachineField> fromCatalog; // taken from `match`
    std::vector<MachineField> needed; // required before saving, and known to nobody
    std::optional<core::Platform> match; // the catalog machine with the same chip, closest in memory
};

// The chip a machine's name names, in one spelling for both sides of a match: "NVIDIA GeForce RTX 4090"
// and "GeForce RTX 4090 (desktop card)" -> "rtx4090"; "... RTX 4070 Laptop GPU" -> "rtx4070laptop";
// "Apple M4 Pro" and "Mac mini (M4 Pro, 2024) 64GB" -> "m4pro"; "AMD RYZEN AI MAX+ 395" -> "ryzenaimax395";
// "NVIDIA GB10" and "NVIDIA DGX Spark" -> "gb10". Empty when the name names no chip LocalRig knows.
QString chipKey(const QString& name);

// The catalog machine whose chip the host's GPU (first) or CPU names, with the memory pool closest to the
// host's; nullptr when no catalog machine has that chip.
const core::Platform* matchPlatform(const core::host::HostInfo& host, const std::vector<core::Platform>& catalog);

ThisComputer describeThisComputer(const core::host::HostInfo& host, const std::vector<core::Platform>& catalog);

// A memory read bandwidth measured on this computer (core/host/BandwidthProbe.h), put where the CPU reads
// (core::applyMeasuredBandwidth): on a unified or CPU-only machine it is the bandwidth, so the field counts as
// detected and is no longer needed; behind a discrete GPU it is the system RAM pool's, and the card's VRAM
// figure stays as it was. The figure is rounded to 0.1 GB/s; one that is not positive changes nothing.
void applyMeasuredBandwidth(ThisComputer& machine, double measuredGBs);

// What the user database keeps with a machine whose bandwidth was measured (its row's notes), and back.
// Stored data, so English and not translated: "memory bandwidth measured on this computer, 2026-12-04".
QString measuredBandwidthNote(const QDate& date);
// The date of that note; nullopt when the notes say no such thing.
std::optional<QDate> measuredBandwidthDate(const QString& notes);

// English names of the fields, for the CLI and logs ("memory bandwidth (GB/s)").
QString machineFieldName(MachineField field);

} // namespace localrig::db
