const SOUND_KEY = 'weft.facilitation.sound';

/** Whether this device plays the end tone (on unless the person turned it off here). */
export function soundEnabled(): boolean {
  try {
    return localStorage.getItem(SOUND_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function setSoundEnabled(on: boolean): void {
  try {
    localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

let context: AudioContext | null = null;

/**
 * A short, soft two-note chime through WebAudio (no audio file to download). Browsers keep audio
 * locked until the person has interacted with the page; then it simply stays silent.
 */
export function playEndTone(): void {
  if (typeof AudioContext === 'undefined') return;
  try {
    context ??= new AudioContext();
    const ctx = context;
    if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
    const start = ctx.currentTime + 0.02;
    for (const [i, frequency] of [660, 880].entries()) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      const at = start + i * 0.22;
      // A quick swell and a slow fade: noticeable, never startling.
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.08, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.6);
      osc.connect(gain).connect(ctx.destination);
      osc.start(at);
      osc.stop(at + 0.65);
    }
  } catch {
    // No audio device: the visual and spoken signals remain.
  }
}
