export class Plugin {}
