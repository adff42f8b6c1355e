# Build dist\Rounds-<version>.msi from the PyInstaller bundle (Windows, WiX v5).
#   pwsh installer\windows\build_msi.ps1            # bundle must exist in dist\rounds
# Prerequisites: Python venv with '.[package]', `dotnet tool install --global wix --version 5.*`.
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $root
$version = (Select-String -Path pyproject.toml -Pattern '^version\s*=\s*"(.+)"').Matches[0].Groups[1].Value
$bundle = Join-Path $root "dist\rounds"
if (-not (Test-Path "$bundle\Rounds.exe")) { throw "no bundle in $bundle: run PyInstaller first" }

# MSI versions are major.minor.build, each a number.
$msiVersion = ($version -replace '[^0-9.].*$', '')
$icon = Join-Path $root "build\icons\rounds.ico"
if (-not (Test-Path $icon)) { python installer\make_icons.py build\icons }

$out = Join-Path $root "dist\Rounds-$version.msi"
wix build installer\windows\Rounds.wxs -arch x64 `
    -d ProductVersion=$msiVersion -d BundleDir=$bundle -d IconFile=$icon `
    -o $out
if ($LASTEXITCODE -ne 0) { throw "wix build failed" }
Write-Host "msi: $out ($([math]::Round((Get-Item $out).Length / 1MB, 1)) MB)"
