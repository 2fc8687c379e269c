declare module 'virtual:ayeyar-clean.css';
