# Install the built MSI silently with properties, check the machine-wide file and the app,
# uninstall, and check that user data is kept. Run on a Windows runner as administrator.
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
$msi = Get-ChildItem "$root\dist\Rounds-*.msi" | Select-Object -First 1
$url = "https://rounds.test.example"
$log = "$env:RUNNER_TEMP\rounds-install.log"

$p = Start-Process msiexec -Wait -PassThru -ArgumentList "/i `"$($msi.FullName)`" /qn /l*v `"$log`" SERVERURL=$url DISABLEAUTOUPDATE=1"
if ($p.ExitCode -ne 0) { Get-Content $log -Tail 50; throw "install failed: $($p.ExitCode)" }

$config = "$env:ProgramData\Rounds\config.toml"
$text = Get-Content $config -Raw
Write-Host $text
if ($text -notmatch "\[enforced\]") { throw "no [enforced] table in $config" }
if ($text -notmatch "server_url=`"$([regex]::Escape($url))`"") { throw "server_url not written" }
if ($text -notmatch "auto_update=false") { throw "auto_update not written" }

$cli = "$env:ProgramFiles\Rounds\rounds-cli.exe"
& $cli --version
if ($LASTEXITCODE -ne 0) { throw "rounds-cli --version failed" }
$env:QT_QPA_PLATFORM = "offscreen"
$smoke = & $cli --smoke 2>&1 | Out-String
Write-Host $smoke
if ($LASTEXITCODE -ne 0) { throw "rounds-cli --smoke failed" }
if ($smoke -notmatch [regex]::Escape("server_url='$url' [enforced]")) { throw "preset address not honoured" }
if (-not (Test-Path "$env:ProgramData\Microsoft\Windows\Start Menu\Programs\Rounds.lnk")) { throw "no Start-menu shortcut" }

# User data must survive uninstall.
$userData = "$env:LOCALAPPDATA\Rounds\Rounds"
New-Item -ItemType Directory -Force $userData | Out-Null
Set-Content "$userData\keep.txt" "user data"
$p = Start-Process msiexec -Wait -PassThru -ArgumentList "/x `"$($msi.FullName)`" /qn"
if ($p.ExitCode -ne 0) { throw "uninstall failed: $($p.ExitCode)" }
if (Test-Path "$env:ProgramFiles\Rounds\rounds-cli.exe") { throw "program files left behind" }
if (Test-Path $config) { throw "machine config left behind" }
if (-not (Test-Path "$userData\keep.txt")) { throw "user data was removed" }
Write-Host "msi install/uninstall checks passed"
