// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

// What the operating system says about the computer LocalRig runs on ("This computer"). Only what can be
// read is filled; memory bandwidth and FLOPS cannot be read at all and are never guessed here.
namespace localrig::core::host {

enum class GpuVendor { Unknown, Nvidia, Amd, Intel, Apple };

struct GpuInfo
{
    GpuVendor vendor = GpuVendor::Unknown;
    std::uint32_t vendorId = 0; // PCI ids from /sys; 0 when the GPU came from nvidia-smi or sysctl
    std::uint32_t deviceId = 0;
    std::string name; // "NVIDIA GeForce RTX 4090"; empty when neither a tool nor pci.ids names it
    std::uint64_t vramBytes = 0; // 0 = not reported (NVIDIA cards in /sys, unified GPUs)
    std::string source; // where it was read: "nvidia-smi", "/sys/class/drm/card1", "sysctl"
};

struct CpuInfo
{
    std::string vendor; // "AMD", "Intel", "Apple"; empty when the OS does not say
    std::string model; // tidied: "AMD Ryzen 9 7950X", "Intel Core i9-14900K", "Apple M4 Pro"
    int logicalCpus = 0;
    int physicalCores = 0;
};

// The DMI chassis type, reduced to LocalRig's form factors.
enum class Chassis { Unknown, Desktop, Laptop, Mini, Server };

struct HostInfo
{
    std::string os; // "Linux", "macOS"
    CpuInfo cpu;
    std::uint64_t memoryBytes = 0; // as the OS reports it (MemTotal, hw.memsize): a little under the marketed size
    std::vector<GpuInfo> gpus;
    Chassis chassis = Chassis::Unknown;
    std::string systemVendor; // DMI sys_vendor when it names a maker ("LENOVO", "Framework")
    std::string productName;
    std::vector<std::string> notes; // what could not be read, in English
};

} // namespace localrig::core::host
